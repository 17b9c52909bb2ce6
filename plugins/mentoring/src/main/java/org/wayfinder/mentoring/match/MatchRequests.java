package org.wayfinder.mentoring.match;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.wayfinder.mentoring.MentoringPlugin;
import org.wayfinder.platform.spi.AccessDeniedException;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.Mail;
import org.wayfinder.platform.spi.People;
import org.wayfinder.platform.spi.Repository;
import org.wayfinder.platform.spi.TenantContext;

/**
 * The "mentee requests, mentor accepts" matching mode: a mentee asks one of the mentors suggested
 * to them; the mentor accepts, which makes the match through {@link Matches} with every rule
 * checked again, or declines with a reason the mentee is told. A mentee has one request waiting at a
 * time, and is not suggested a mentor who has declined them again.
 */
@ApplicationScoped
public class MatchRequests extends Repository<MatchRequest> {

    @Inject
    CurrentUser currentUser;

    @Inject
    People people;

    @Inject
    Matches matches;

    @Inject
    Proposals proposals;

    @Inject
    TenantContext tenantContext;

    @Inject
    Event<Mail> mail;

    public MatchRequests() {
        super(MatchRequest.class);
    }

    @Override
    protected String describe() {
        return "Request";
    }

    /** The signed-in mentee asks a mentor from their suggestions; the mentor is emailed. */
    public MatchRequest ask(String mentorId, LocalDate today, String siteUrl) {
        String me = currentUser.require().accountId();
        // First, before any plain read: a second request sent at the same moment waits here, then sees this one.
        people.lock(me);
        if (!people.holds(me, MentoringPlugin.MENTEE)) {
            throw new AccessDeniedException("Only mentees ask for a mentor.");
        }
        if (!MentoringPlugin.MODE_MENTEE_REQUESTS.equals(matches.mode())) {
            throw new AccessDeniedException("In this programme mentees do not ask mentors themselves.");
        }
        if (matches.activeForMentee(me).isPresent()) {
            throw new InvalidInputException("mentor", "You already have a mentor.");
        }
        if (waitingOf(me) != null) {
            throw new InvalidInputException("mentor", "You have already asked a mentor. Wait for their answer, or take your request back"
                    + " to ask someone else.");
        }
        Proposals.Suggestion asked = proposals.suggestionsFor(me, today, declinedFor(me)).stream()
                .filter(suggestion -> suggestion.mentorId().equals(mentorId)).findFirst()
                .orElseThrow(() -> new InvalidInputException("mentor", "That mentor is not among your suggestions now; ask one of"
                        + " those shown."));
        MatchRequest request = add(new MatchRequest(me, mentorId, asked.score(), Matches.truncate(asked.why()), Instant.now()));
        String programme = tenantContext.tenant().name();
        String mentee = people.find(me).map(People.Person::name).orElse("A mentee");
        people.find(mentorId).ifPresent(mentor -> mail.fire(new Mail(mentor.email(), mentee + " would like you as their mentor",
                "Hello " + mentor.name() + ",\n\n" + mentee + " has asked you to be their mentor on " + programme + ". You can see"
                        + " what they would like help with, and accept or decline, here:\n\n" + siteUrl + "/mentoring/index.xhtml\n\n"
                        + programme + "\n")));
        return request;
    }

    /** The signed-in mentee takes back their waiting request. */
    public MatchRequest withdraw(String requestId) {
        MatchRequest request = get(requestId);
        if (!request.getMenteeId().equals(currentUser.require().accountId())) {
            throw new AccessDeniedException("Only the mentee who asked can take a request back.");
        }
        requireWaiting(request);
        request.decide(MatchRequest.Status.WITHDRAWN, null, Instant.now());
        return request;
    }

    /** The signed-in mentor accepts a request made to them: the match is made and both are emailed. */
    public Match accept(String requestId, LocalDate today, String siteUrl) {
        MatchRequest request = addressedToMe(requestId);
        requireWaiting(request);
        return matches.create(new Matches.Pair(request.getMenteeId(), request.getMentorId(), request.getScore(),
                "Asked for by the mentee: " + request.getScoreBreakdown()), today, siteUrl);
    }

    /** The signed-in mentor declines a request made to them, with a reason the mentee is emailed. */
    public MatchRequest decline(String requestId, String reason, String siteUrl) {
        MatchRequest request = addressedToMe(requestId);
        requireWaiting(request);
        String why = Matches.reason(reason, "Say in 3 to 500 characters why you cannot take this mentee on; they will read it.");
        request.decide(MatchRequest.Status.DECLINED, why, Instant.now());
        String programme = tenantContext.tenant().name();
        String mentor = people.find(request.getMentorId()).map(People.Person::name).orElse("The mentor");
        people.find(request.getMenteeId()).ifPresent(mentee -> mail.fire(new Mail(mentee.email(), mentor + " cannot be your mentor",
                "Hello " + mentee.name() + ",\n\n" + mentor + " cannot take you on as a mentee on " + programme + ". They said:\n\n  "
                        + why + "\n\nYou can ask another mentor here:\n\n" + siteUrl + "/mentoring/index.xhtml\n\n" + programme + "\n")));
        return request;
    }

    /** Requests waiting for the signed-in mentor, oldest first. */
    public List<MatchRequest> waitingForMe() {
        return query("SELECT r FROM MatchRequest r WHERE r.mentorId = :me AND r.status = :waiting ORDER BY r.requestedAt, r.id")
                .setParameter("me", currentUser.require().accountId()).setParameter("waiting", MatchRequest.Status.WAITING)
                .getResultList();
    }

    /** The signed-in mentee's requests, newest first. */
    public List<MatchRequest> mine() {
        return query("SELECT r FROM MatchRequest r WHERE r.menteeId = :me ORDER BY r.requestedAt DESC, r.id")
                .setParameter("me", currentUser.require().accountId()).getResultList();
    }

    /** The mentee's request waiting for an answer, or null. */
    public MatchRequest waitingOf(String menteeId) {
        return query("SELECT r FROM MatchRequest r WHERE r.menteeId = :mentee AND r.status = :waiting").setParameter("mentee", menteeId)
                .setParameter("waiting", MatchRequest.Status.WAITING).getResultStream().findFirst().orElse(null);
    }

    /** Every request waiting for an answer, by mentee id: for the owner's waiting list. */
    public java.util.Map<String, MatchRequest> waitingByMentee() {
        return query("SELECT r FROM MatchRequest r WHERE r.status = :waiting").setParameter("waiting", MatchRequest.Status.WAITING)
                .getResultStream().collect(Collectors.toMap(MatchRequest::getMenteeId, r -> r, (a, b) -> a));
    }

    /** The mentors who have declined this mentee; they are not suggested to them again. */
    public Set<String> declinedFor(String menteeId) {
        return em().createQuery("SELECT r.mentorId FROM MatchRequest r WHERE r.menteeId = :mentee AND r.status = :declined", String.class)
                .setParameter("mentee", menteeId).setParameter("declined", MatchRequest.Status.DECLINED).getResultStream()
                .collect(Collectors.toSet());
    }

    private MatchRequest addressedToMe(String requestId) {
        MatchRequest request = get(requestId);
        if (!request.getMentorId().equals(currentUser.require().accountId())) {
            throw new AccessDeniedException("Only the mentor who was asked can answer a request.");
        }
        return request;
    }

    private static void requireWaiting(MatchRequest request) {
        if (!request.isWaiting()) {
            throw new InvalidInputException("request", "This request has already been answered or taken back.");
        }
    }
}
