package org.wayfinder.platform.journey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.wayfinder.platform.cache.ProgrammeCache;
import org.wayfinder.platform.spi.Cache;
import org.wayfinder.platform.form.FormResponses;
import org.wayfinder.platform.identity.Account;
import org.wayfinder.platform.identity.Accounts;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.Mail;
import org.wayfinder.platform.spi.RecordNotFoundException;
import org.wayfinder.platform.spi.Repository;
import org.wayfinder.platform.spi.RequiresRole;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.TenantContext;
import org.wayfinder.platform.spi.form.Answers;
import org.wayfinder.platform.spi.journey.JourneyDefinition;
import org.wayfinder.platform.spi.journey.JourneySteps;
import org.wayfinder.platform.spi.journey.JourneyStep;
import org.wayfinder.platform.spi.journey.StepType;

/**
 * People's progress along their journeys: where they are, finishing and skipping steps, waiting for
 * approval, and the owner's funnel. Plugins finish their own steps through the SPI's
 * {@link JourneySteps}; a plugin step whose {@link StepType#isDone} says so counts as done too.
 */
@ApplicationScoped
public class JourneyProgress extends Repository<StepCompletion> implements JourneySteps {

    /**
     * Someone's place in the journey of one of their roles.
     *
     * @param role    the role whose journey it is
     * @param journey that journey as published now
     * @param place   where they are in it
     */
    public record Standing(String role, JourneyDefinition journey, JourneyEngine.Place place) {
    }

    /**
     * How many people stand at one step of a journey.
     *
     * @param stepId the step, or null for "finished"
     * @param title  the step's title, or "Finished"
     * @param people how many people are there
     */
    public record FunnelStep(String stepId, String title, long people) {
    }

    @Inject
    Journeys journeys;

    @Inject
    FormResponses responses;

    @Inject
    Accounts accounts;

    @Inject
    CurrentUser currentUser;

    @Inject
    TenantContext tenantContext;

    @Inject
    ApprovalRequests approvalRequests;

    @Inject
    Event<Mail> mail;

    @Inject
    StepTypes stepTypes;

    @Inject
    ProgrammeCache cache;

    public JourneyProgress() {
        super(StepCompletion.class);
    }

    /** Someone's place in a role's journey, or empty when the role has no published journey. */
    public Optional<Standing> standing(String accountId, String role) {
        return journeys.published(role).map(journey -> new Standing(role, journey,
                JourneyEngine.place(journey, done(accountId, role, journey), formKey -> answers(formKey, accountId))));
    }

    /** The first of someone's roles whose journey they have not finished: where to send them next. */
    public Optional<Standing> unfinished(String accountId) {
        Set<String> held = accounts.rolesOf(accountId);
        for (String role : journeys.roles()) {
            if (held.contains(role)) {
                Optional<Standing> standing = standing(accountId, role);
                if (standing.isPresent() && !standing.get().place().finished()) {
                    return standing;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Marks an information step of the signed-in person's journey done. Only the step they are at
     * can be done, so nobody jumps ahead by guessing a step's id; a step with questions is done by
     * answering them, and a step that finishes by code (an approval, a match) only when it happens.
     */
    public Standing completeCurrent(String role, String stepId) {
        String accountId = ownAccount(role);
        Standing standing = standing(accountId, role).orElseThrow(() -> new RecordNotFoundException("Journey"));
        JourneyStep step = standing.place().next().filter(next -> next.id().equals(stepId))
                .orElseThrow(() -> new InvalidInputException("step", "This step is not the one you are at."));
        if (step.form() != null) {
            throw new InvalidInputException("answers", "Answer this step's questions to carry on.");
        }
        if (stepTypes.find(step.type()).map(type -> type.completion() == StepType.Completion.BY_CODE).orElse(true)) {
            throw new InvalidInputException("completion", "This step finishes by itself when it has happened; you cannot finish it here.");
        }
        return record(accountId, role, stepId, false);
    }

    /**
     * Stores the signed-in person's answers to the form of the step they are at and marks the step
     * done, both or neither.
     *
     * @throws InvalidInputException with one error per question that needs attention, by field id
     */
    public Standing answerCurrent(String role, String stepId, Answers answers) {
        String accountId = ownAccount(role);
        Standing standing = standing(accountId, role).orElseThrow(() -> new RecordNotFoundException("Journey"));
        JourneyStep step = standing.place().next().filter(next -> next.id().equals(stepId))
                .orElseThrow(() -> new InvalidInputException("step", "This step is not the one you are at."));
        if (step.form() == null) {
            throw new InvalidInputException("step", "This step has no questions to answer.");
        }
        responses.submit(step.form(), answers);
        return record(accountId, role, stepId, false);
    }

    /** Skips the optional step the signed-in person is at. */
    public Standing skipCurrent(String role, String stepId) {
        Standing standing = standing(ownAccount(role), role).orElseThrow(() -> new RecordNotFoundException("Journey"));
        JourneyStep step = standing.place().next().filter(next -> next.id().equals(stepId))
                .orElseThrow(() -> new InvalidInputException("step", "This step is not the one you are at."));
        if (step.required()) {
            throw new InvalidInputException("step", "This step cannot be skipped.");
        }
        return record(currentUser.require().accountId(), role, stepId, true);
    }

    /**
     * Marks the step someone is at done, whatever its type, with no check of who asks: for code of the
     * core that has decided already. Plugins use {@link #complete(String, String)} through the SPI.
     */
    public Standing complete(String accountId, String role, String stepId) {
        return record(accountId, role, stepId, false);
    }

    @Override
    public void complete(String accountId, String stepTypeId) {
        if (accountId == null || accounts.find(accountId).isEmpty()) {
            return;
        }
        Set<String> held = accounts.rolesOf(accounts.get(accountId));
        for (String role : journeys.roles()) {
            if (!held.contains(role)) {
                continue;
            }
            journeys.published(role).ifPresent(journey -> {
                Set<String> recorded = recorded(accountId, role);
                JourneyEngine.applicable(journey, formKey -> answers(formKey, accountId)).stream()
                        .filter(step -> step.type().equals(stepTypeId) && !recorded.contains(step.id()))
                        .forEach(step -> markDone(accountId, role, step.id(), false));
            });
        }
    }

    private Standing record(String accountId, String role, String stepId, boolean skipped) {
        Standing standing = standing(accountId, role).orElseThrow(() -> new RecordNotFoundException("Journey"));
        if (standing.place().next().filter(next -> next.id().equals(stepId)).isEmpty()) {
            throw new InvalidInputException("step", "This step is not the one you are at.");
        }
        return markDone(accountId, role, stepId, skipped).orElseThrow();
    }

    /** Stores a step as done and moves the person's position on; their standing afterwards. */
    private Optional<Standing> markDone(String accountId, String role, String stepId, boolean skipped) {
        add(new StepCompletion(accountId, role, stepId, skipped, Instant.now()));
        em().flush();
        Optional<Standing> after = standing(accountId, role);
        after.ifPresent(standing -> position(accountId, role)
                .moveTo(standing.place().next().map(JourneyStep::id).orElse(null), Instant.now()));
        return after;
    }

    /** Puts someone who has reached a "wait for approval" step on the list for staff. */
    public void requestApproval(String accountId, String role, String stepId) {
        boolean waiting = em().createQuery("SELECT COUNT(a) FROM ApprovalRequest a WHERE a.accountId = :account AND a.role = :role"
                        + " AND a.stepId = :step AND a.decidedAt IS NULL", Long.class)
                .setParameter("account", accountId).setParameter("role", role).setParameter("step", stepId).getSingleResult() > 0;
        if (!waiting) {
            em().persist(new ApprovalRequest(accountId, role, stepId, Instant.now()));
        }
    }

    /**
     * Someone waiting for staff to approve them, as the approvals page lists them.
     *
     * @param id          the request, to approve it by
     * @param name        the person's display name
     * @param email       their email address
     * @param role        the role whose journey it is
     * @param journey     that journey's title
     * @param step        the approval step's title as published now (its id when it was removed since)
     * @param requestedAt when they reached the step
     */
    public record PendingApproval(String id, String name, String email, String role, String journey, String step,
                                  Instant requestedAt) {
    }

    /** How many people wait at an approval step, read through the programme's activity cache. */
    @RequiresRole({Roles.MODERATOR, Roles.OWNER})
    public long countPendingApprovals() {
        return cache.get(Cache.activity(tenantContext.tenantId()), "approvals-waiting",
                () -> em().createQuery("SELECT COUNT(a) FROM ApprovalRequest a WHERE a.decidedAt IS NULL", Long.class).getSingleResult());
    }

    /** Everyone waiting at an approval step, longest waiting first. */
    @RequiresRole({Roles.MODERATOR, Roles.OWNER})
    public List<PendingApproval> pendingApprovals() {
        Map<String, Optional<JourneyDefinition>> journeysByRole = new HashMap<>();
        return em().createQuery("SELECT a FROM ApprovalRequest a WHERE a.decidedAt IS NULL ORDER BY a.requestedAt, a.id",
                        ApprovalRequest.class).getResultList().stream()
                .map(request -> {
                    Account account = accounts.get(request.getAccountId());
                    Optional<JourneyDefinition> journey = journeysByRole.computeIfAbsent(request.getRole(), role -> journeys.published(role));
                    String step = request.getStepId();
                    if (journey.isPresent() && journey.get().step(step).isPresent()) {
                        step = journey.get().step(step).get().title();
                    }
                    return new PendingApproval(request.getId(), account.getDisplayName(), account.getEmail(), request.getRole(),
                            journey.map(JourneyDefinition::title).orElse(request.getRole()), step, request.getRequestedAt());
                }).toList();
    }

    /**
     * Approves someone waiting at an approval step, which lets them go on, and emails them.
     *
     * @param siteUrl the address of the programme's site, for the link back to their journey
     * @return the person's display name
     */
    @RequiresRole({Roles.MODERATOR, Roles.OWNER})
    public String approve(String requestId, String siteUrl) {
        ApprovalRequest request = approvalRequests.find(requestId).filter(found -> !found.isDecided())
                .orElseThrow(() -> new RecordNotFoundException("Approval request"));
        request.approve(currentUser.require().accountId(), Instant.now());
        String accountId = request.getAccountId();
        if (!recorded(accountId, request.getRole()).contains(request.getStepId())) {
            // Done whatever has changed since they asked: if the step was moved or removed, the approval still stands.
            markDone(accountId, request.getRole(), request.getStepId(), false);
        }
        Account account = accounts.get(accountId);
        String programme = tenantContext.tenant().name();
        mail.fire(new Mail(account.getEmail(), "You have been approved by " + programme,
                "Hello " + account.getDisplayName() + ",\n\n"
                        + "The " + programme + " team has approved you, so you can carry on with your next step:\n\n"
                        + siteUrl + "/journey/index.xhtml\n\n" + programme + "\n"));
        return account.getDisplayName();
    }

    /**
     * How many people with the role stand at each step of its journey, in the journey's order, then
     * those who have finished; people who have not started stand at the first step.
     */
    @RequiresRole(Roles.OWNER)
    public List<FunnelStep> funnel(String role) {
        JourneyDefinition journey = journeys.published(role).orElseThrow(() -> new RecordNotFoundException("Journey"));
        Headcount headcount = headcount();
        // Not Map.of(): "finished" is the null key, which Map.of()'s lookups refuse.
        Map<String, Long> counts = headcount.positions().getOrDefault(role, Collections.emptyMap());
        long positioned = counts.values().stream().mapToLong(Long::longValue).sum();
        long members = headcount.members().getOrDefault(role, 0L);
        Map<String, FunnelStep> funnel = new LinkedHashMap<>();
        for (JourneyStep step : journey.steps()) {
            long people = counts.getOrDefault(step.id(), 0L);
            if (funnel.isEmpty()) {
                people += Math.max(0, members - positioned);
            }
            funnel.put(step.id(), new FunnelStep(step.id(), step.title(), people));
        }
        List<FunnelStep> result = new ArrayList<>(funnel.values());
        result.add(new FunnelStep(null, "Finished", counts.getOrDefault(null, 0L)));
        return result;
    }

    /**
     * How many people stand at each step of each role's journey, by role then step (null for
     * finished), and how many hold each role: two grouped counts, read through the programme's
     * activity cache.
     */
    private record Headcount(Map<String, Map<String, Long>> positions, Map<String, Long> members) {
    }

    private Headcount headcount() {
        return cache.get(Cache.activity(tenantContext.tenantId()), "journey-headcount", () -> {
            Map<String, Map<String, Long>> positions = new HashMap<>();
            em().createQuery("SELECT p.role, p.stepId, COUNT(p) FROM JourneyPosition p GROUP BY p.role, p.stepId", Object[].class)
                    .getResultList().forEach(row -> positions.computeIfAbsent((String) row[0], role -> new HashMap<>())
                            .put((String) row[1], (Long) row[2]));
            Map<String, Long> members = new HashMap<>();
            em().createQuery("SELECT m.role, COUNT(m) FROM Membership m GROUP BY m.role", Object[].class).getResultList()
                    .forEach(row -> members.put((String) row[0], (Long) row[1]));
            Map<String, Map<String, Long>> kept = new HashMap<>();
            // Map.copyOf refuses the null key of "finished", so each role's counts are kept unmodifiable as they are.
            positions.forEach((role, byStep) -> kept.put(role, Collections.unmodifiableMap(byStep)));
            return new Headcount(Collections.unmodifiableMap(kept), Map.copyOf(members));
        });
    }

    /** After a journey is published: works out again where everyone on it stands. */
    @Transactional
    void replaceAll(String role, JourneyDefinition journey) {
        Set<String> people = new HashSet<>(em().createQuery("SELECT p.accountId FROM JourneyPosition p WHERE p.role = :role", String.class)
                .setParameter("role", role).getResultList());
        people.addAll(em().createQuery("SELECT m.account.id FROM Membership m WHERE m.role = :role", String.class)
                .setParameter("role", role).getResultList());
        for (String accountId : people) {
            JourneyEngine.Place place = JourneyEngine.place(journey, done(accountId, role, journey), formKey -> answers(formKey, accountId));
            position(accountId, role).moveTo(place.next().map(JourneyStep::id).orElse(null), Instant.now());
        }
    }

    /** The signed-in person, who may only move along the journeys of roles they hold. */
    private String ownAccount(String role) {
        String accountId = currentUser.require().accountId();
        if (!currentUser.hasRole(role)) {
            throw new RecordNotFoundException("Journey");
        }
        return accountId;
    }

    /**
     * The steps someone has done: those recorded, and the plugin steps whose thing has already
     * happened ({@link StepType#isDone}), such as a match made before they reached "get matched".
     */
    private Set<String> done(String accountId, String role, JourneyDefinition journey) {
        Set<String> done = recorded(accountId, role);
        for (JourneyStep step : journey.steps()) {
            if (!done.contains(step.id()) && stepTypes.find(step.type())
                    .filter(type -> type.completion() == StepType.Completion.BY_CODE && type.isDone(accountId)).isPresent()) {
                done.add(step.id());
            }
        }
        return done;
    }

    /** The steps someone has recorded as done or skipped, read through their cache (a new one changes it). */
    private Set<String> recorded(String accountId, String role) {
        return new HashSet<>(cache.get(Cache.person(tenantContext.tenantId(), accountId), "journey-steps:" + role, () -> Set.copyOf(em()
                .createQuery("SELECT c.stepId FROM StepCompletion c WHERE c.accountId = :account AND c.role = :role", String.class)
                .setParameter("account", accountId).setParameter("role", role).getResultList())));
    }

    /** Someone's latest answers to a form, read through their cache (a new response changes it). */
    private Answers answers(String formKey, String accountId) {
        return cache.get(Cache.person(tenantContext.tenantId(), accountId), "answers:" + formKey, () -> responses.latestValues(formKey, accountId));
    }

    private JourneyPosition position(String accountId, String role) {
        return em().createQuery("SELECT p FROM JourneyPosition p WHERE p.accountId = :account AND p.role = :role", JourneyPosition.class)
                .setParameter("account", accountId).setParameter("role", role).getResultStream().findFirst()
                .orElseGet(() -> {
                    JourneyPosition created = new JourneyPosition(accountId, role);
                    em().persist(created);
                    return created;
                });
    }
}
