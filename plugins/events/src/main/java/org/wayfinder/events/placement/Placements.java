package org.wayfinder.events.placement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.wayfinder.events.EventsPlugin;
import org.wayfinder.platform.spi.AccessDeniedException;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.FieldError;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.Mail;
import org.wayfinder.platform.spi.People;
import org.wayfinder.platform.spi.People.Person;
import org.wayfinder.platform.spi.ProgrammePlugins;
import org.wayfinder.platform.spi.Repository;
import org.wayfinder.platform.spi.RequiresRole;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.SendKeys;
import org.wayfinder.platform.spi.SignedInUser;
import org.wayfinder.platform.spi.audit.AuditTrail;
import org.wayfinder.platform.spi.journey.JourneySteps;
import org.wayfinder.platform.spi.matching.MatchOptimiser;
import org.wayfinder.platform.spi.matching.PairScores;
import org.wayfinder.platform.spi.safeguarding.Vetting;
import org.wayfinder.platform.spi.web.Dates;

/**
 * Work experience placements: staff add the placements departments offer (places, days, a
 * supervisor), students apply for up to {@link #MOST_CHOICES} of them in order of preference, and
 * once applications close staff allocate every place at once. Where there are more applicants than
 * places, the allocation is the one that gives the most students the placements they put first (the
 * optimiser mentoring matches with: first choice worth 6, second 4, third 2, and 1 more for a
 * student of one of the programme's priority schools). A student under 18 on a placement's first
 * day is never given a place whose supervisor is not vetted (DBS, enhanced) until after its last
 * day. The supervisor records each day who came and writes a short reference.
 */
@ApplicationScoped
public class Placements extends Repository<Placement> {

    /** The audit trail's actions. */
    public static final String OFFERED = "events.placement.offered";
    public static final String REMOVED = "events.placement.removed";
    public static final String APPLIED = "events.placement.applied";
    public static final String WITHDRAWN = "events.placement.withdrawn";
    public static final String ALLOCATED = "events.placement.allocated";
    public static final String DAY_RECORDED = "events.placement.day-recorded";
    public static final String REFERENCE_WRITTEN = "events.placement.reference-written";
    public static final String RECORD_TYPE = "event-placement";
    public static final String APPLICATION_RECORD_TYPE = "event-placement-application";

    /** How many placements a student may apply for at once, in order of preference. */
    public static final int MOST_CHOICES = 3;

    /** The youngest a student may be on a placement's first day. */
    public static final int YOUNGEST = 14;

    /** The longest placement, in days from first to last. */
    public static final int LONGEST_DAYS = 28;

    /** What a placement asks of staff, filled in on the placements page. */
    public record Draft(String department, String title, String description, LocalDate startsOn, LocalDate endsOn,
                        LocalDate applicationsCloseOn, String places, String supervisorId) implements Serializable {
    }

    /** A placement as staff see it: its supervisor, whether they are vetted for its days, and its applications. */
    public record Offered(Placement placement, String supervisorName, boolean supervisorVetted, int applications, int allocated)
            implements Serializable {
    }

    /** The staff's page: every placement, and who may supervise one. */
    public record Overview(List<Offered> offered, List<Person> supervisors) implements Serializable {
    }

    /** An application with the applicant's name and age on the placement's first day, for staff and the supervisor. */
    public record Applicant(PlacementApplication application, String name, int ageOnFirstDay, List<PlacementDay> days)
            implements Serializable {

        public long daysPresent() {
            return days.stream().filter(PlacementDay::isPresent).count();
        }

        /** Whether the day is recorded as present. */
        public boolean present(LocalDate day) {
            return days.stream().anyMatch(recorded -> recorded.getDay().equals(day) && recorded.isPresent());
        }

        /** Whether the day is recorded at all (present or not). */
        public boolean recorded(LocalDate day) {
            return days.stream().anyMatch(recorded -> recorded.getDay().equals(day));
        }
    }

    /** A placement a student may apply for, with their application of it if any. */
    public record Open(Placement placement, PlacementApplication mine) implements Serializable {
    }

    /** What a person's Events page shows of placements: those open to them, and their applications. */
    public record ForStudent(List<Open> open, List<Mine> mine) implements Serializable {
    }

    /** A student's application with its placement, the days they came and the reference once written. */
    public record Mine(Placement placement, PlacementApplication application, String supervisorName, long daysPresent)
            implements Serializable {
    }

    /**
     * What an allocation did.
     *
     * @param placements     how many placements it allocated
     * @param applicants     how many students had applied for them
     * @param allocated      how many of those were given a place
     * @param notVetted      the students under 18 whose every choice had a supervisor not vetted for its days
     */
    public record Allocation(int placements, int applicants, int allocated, List<String> notVetted) implements Serializable {
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    People people;

    @Inject
    ProgrammePlugins plugins;

    @Inject
    Vetting vetting;

    @Inject
    AuditTrail audit;

    @Inject
    Dates dates;

    @Inject
    JourneySteps journeySteps;

    @Inject
    jakarta.enterprise.event.Event<Mail> mail;

    public Placements() {
        super(Placement.class);
    }

    @Override
    protected String describe() {
        return "Placement";
    }

    /** The programme's day for this instant. */
    public static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, Vetting.UK);
    }

    // ---- Staff

    /** Adds a placement a department offers; it takes applications at once. */
    @RequiresRole({Roles.MODERATOR, Roles.OWNER})
    public Placement offer(Draft draft, Instant now) {
        LocalDate today = today(now);
        List<FieldError> problems = new ArrayList<>();
        String department = strip(draft.department());
        if (department == null || department.length() > 120) {
            problems.add(new FieldError("department", "Enter the department offering it (up to 120 characters)."));
        }
        String title = strip(draft.title());
        if (title == null || title.length() > 120) {
            problems.add(new FieldError("title", "Enter a title of 1 to 120 characters."));
        }
        String description = strip(draft.description());
        if (description != null && description.length() > 2000) {
            problems.add(new FieldError("description", "Keep the description to 2,000 characters."));
        }
        if (draft.startsOn() == null) {
            problems.add(new FieldError("startsOn", "Enter the first day."));
        } else if (!draft.startsOn().isAfter(today)) {
            problems.add(new FieldError("startsOn", "The first day must be after today."));
        }
        if (draft.endsOn() == null) {
            problems.add(new FieldError("endsOn", "Enter the last day."));
        } else if (draft.startsOn() != null && draft.endsOn().isBefore(draft.startsOn())) {
            problems.add(new FieldError("endsOn", "The last day cannot come before the first."));
        } else if (draft.startsOn() != null && draft.endsOn().isAfter(draft.startsOn().plusDays(LONGEST_DAYS - 1L))) {
            problems.add(new FieldError("endsOn", "A placement lasts at most " + LONGEST_DAYS + " days."));
        } else if (draft.startsOn() != null && draft.startsOn().datesUntil(draft.endsOn().plusDays(1))
                .allMatch(day -> day.getDayOfWeek().getValue() >= 6)) {
            problems.add(new FieldError("endsOn", "A placement needs at least one weekday."));
        }
        if (draft.applicationsCloseOn() == null) {
            problems.add(new FieldError("applicationsCloseOn", "Enter the last day students may apply."));
        } else if (draft.applicationsCloseOn().isBefore(today)) {
            problems.add(new FieldError("applicationsCloseOn", "Applications cannot close before today."));
        } else if (draft.startsOn() != null && !draft.applicationsCloseOn().isBefore(draft.startsOn())) {
            problems.add(new FieldError("applicationsCloseOn", "Applications must close before the first day, so places can be given."));
        }
        String places = draft.places() == null ? "" : draft.places().strip();
        if (!places.matches("[0-9]{1,3}") || Integer.parseInt(places) < 1 || Integer.parseInt(places) > 50) {
            problems.add(new FieldError("places", "Enter how many students it takes, from 1 to 50."));
        }
        if (draft.supervisorId() == null || !people.holds(draft.supervisorId(), EventsPlugin.SUPERVISOR)) {
            problems.add(new FieldError("supervisorId", "Choose the supervisor: someone with the role of placement supervisor."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Placement placement = add(new Placement(department, title, description, draft.startsOn(), draft.endsOn(),
                draft.applicationsCloseOn(), Integer.parseInt(places), draft.supervisorId()));
        audit.record(OFFERED, RECORD_TYPE, placement.getId(), department + ": " + title);
        return placement;
    }

    /** Removes a placement nobody has applied for yet (or everyone who did has withdrawn). */
    @RequiresRole({Roles.MODERATOR, Roles.OWNER})
    public void remove(String placementId) {
        Placement placement = locked(placementId);
        // As the page counts them: an application withdrawn is no longer one, and goes with the placement.
        long applied = em().createQuery("SELECT COUNT(a) FROM PlacementApplication a WHERE a.placementId = :placement"
                        + " AND a.status <> :withdrawn", Long.class)
                .setParameter("placement", placementId).setParameter("withdrawn", PlacementApplication.Status.WITHDRAWN).getSingleResult();
        if (applied > 0) {
            throw new InvalidInputException("placement", applied + (applied == 1 ? " student has" : " students have")
                    + " applied for " + placement.getTitle() + ", so it stays: its places are allocated with the others.");
        }
        audit.record(REMOVED, RECORD_TYPE, placement.getId(), placement.getDepartment() + ": " + placement.getTitle());
        em().remove(placement);
    }

    /**
     * Every placement, latest first, with its supervisor's vetting and how many applied and were given
     * a place, and the people who may supervise one (for the form that adds one): what the staff's
     * page shows, in three reads.
     */
    @RequiresRole({Roles.MODERATOR, Roles.OWNER})
    public Overview overview(Instant now) {
        List<Person> supervisors = people.withRole(EventsPlugin.SUPERVISOR);
        List<Object[]> rows = em().createQuery("SELECT p, (SELECT COUNT(a) FROM PlacementApplication a WHERE a.placementId = p.id"
                        + " AND a.status <> :withdrawn), (SELECT COUNT(g) FROM PlacementApplication g WHERE g.placementId = p.id"
                        + " AND g.status = :allocated) FROM Placement p ORDER BY p.startsOn DESC, p.title", Object[].class)
                .setParameter("withdrawn", PlacementApplication.Status.WITHDRAWN)
                .setParameter("allocated", PlacementApplication.Status.ALLOCATED).getResultList();
        if (rows.isEmpty()) {
            return new Overview(List.of(), supervisors);
        }
        Set<String> supervising = rows.stream().map(row -> ((Placement) row[0]).getSupervisorId()).collect(Collectors.toSet());
        // Supervisors by name from the list already read; one who has since lost the role is looked up alone.
        Map<String, String> names = new HashMap<>();
        supervisors.forEach(person -> names.put(person.accountId(), person.name()));
        names.putAll(names(supervising.stream().filter(id -> !names.containsKey(id)).collect(Collectors.toSet())));
        Map<String, LocalDate> vettedUntil = vetting.vettedUntil(supervising, today(now));
        List<Offered> offered = new ArrayList<>();
        for (Object[] row : rows) {
            Placement placement = (Placement) row[0];
            offered.add(new Offered(placement, names.get(placement.getSupervisorId()), vettedThrough(placement, vettedUntil),
                    ((Number) row[1]).intValue(), ((Number) row[2]).intValue()));
        }
        return new Overview(offered, supervisors);
    }

    /** Every placement with its supervisor's vetting and applications (see {@link #overview}). */
    @RequiresRole({Roles.MODERATOR, Roles.OWNER})
    public List<Offered> offered(Instant now) {
        return overview(now).offered();
    }

    /** A placement's applications (withdrawn ones last), for staff and its supervisor. */
    public List<Applicant> applicants(String placementId) {
        Placement placement = get(placementId);
        mayRecord(placement);
        List<PlacementApplication> applications = em().createQuery("SELECT a FROM PlacementApplication a WHERE a.placementId = :placement"
                + " ORDER BY a.status, a.choice, a.appliedAt", PlacementApplication.class).setParameter("placement", placementId).getResultList();
        if (currentUser.require().accountId().equals(placement.getSupervisorId()) && !isStaff(currentUser.require())) {
            // A supervisor sees the students given their places, not everyone who applied.
            applications = applications.stream().filter(a -> a.getStatus() == PlacementApplication.Status.ALLOCATED).toList();
        }
        return applicants(placement, applications);
    }

    /**
     * Allocates the places of every placement whose applications have closed and whose places are not
     * given yet, all at once (a student applies for several, and gets at most one), and tells every
     * applicant. Refused when there is nothing to allocate.
     */
    @RequiresRole({Roles.MODERATOR, Roles.OWNER})
    public Allocation allocate(Instant now) {
        LocalDate today = today(now);
        List<Placement> ready = em().createQuery("SELECT p FROM Placement p WHERE p.allocatedAt IS NULL AND p.applicationsCloseOn < :today"
                        + " ORDER BY p.startsOn, p.id", Placement.class).setParameter("today", today)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (ready.isEmpty()) {
            throw new InvalidInputException("allocate", "No placement is waiting for its places to be given: places are given once a"
                    + " placement's applications have closed (the day after its closing day).");
        }
        Map<String, Integer> placementIndex = new HashMap<>();
        for (int j = 0; j < ready.size(); j++) {
            placementIndex.put(ready.get(j).getId(), j);
        }
        List<PlacementApplication> applications = em().createQuery("SELECT a FROM PlacementApplication a WHERE a.placementId IN :placements"
                        + " AND a.status = :applied ORDER BY a.appliedAt, a.id", PlacementApplication.class)
                .setParameter("placements", List.copyOf(placementIndex.keySet())).setParameter("applied", PlacementApplication.Status.APPLIED)
                .getResultList();
        Map<String, Integer> studentIndex = new LinkedHashMap<>();
        applications.forEach(a -> studentIndex.putIfAbsent(a.getAccountId(), studentIndex.size()));
        // What each pair of student and placement is worth; a pair they did not apply for, or that vetting rules out, is not allowed.
        int[][] scores = new int[studentIndex.size()][ready.size()];
        for (int[] row : scores) {
            java.util.Arrays.fill(row, PairScores.NOT_ALLOWED);
        }
        Map<String, LocalDate> vettedUntil = vetting.vettedUntil(ready.stream().map(Placement::getSupervisorId).collect(Collectors.toSet()),
                today);
        Set<String> priority = EventsPlugin.listOf(plugins.settings(EventsPlugin.ID), EventsPlugin.PRIORITY_SCHOOLS).stream()
                .map(school -> school.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        Set<String> ruledOutByVetting = new java.util.HashSet<>();
        Set<String> allowedSomewhere = new java.util.HashSet<>();
        for (PlacementApplication a : applications) {
            Placement placement = ready.get(placementIndex.get(a.getPlacementId()));
            if (a.childOn(placement.getStartsOn()) && !vettedThrough(placement, vettedUntil)) {
                ruledOutByVetting.add(a.getAccountId());
                continue;
            }
            allowedSomewhere.add(a.getAccountId());
            boolean fromPriority = a.getSchool() != null && priority.contains(a.getSchool().toLowerCase(Locale.ROOT));
            scores[studentIndex.get(a.getAccountId())][placementIndex.get(a.getPlacementId())] = 2 * (MOST_CHOICES + 1 - a.getChoice())
                    + (fromPriority ? 1 : 0);
        }
        int[] capacities = ready.stream().mapToInt(Placement::getPlaces).toArray();
        int[] given = MatchOptimiser.optimise(studentIndex.size(), capacities, (student, placement) -> scores[student][placement]);
        int allocated = 0;
        for (PlacementApplication a : applications) {
            int student = studentIndex.get(a.getAccountId());
            boolean gotIt = given[student] == placementIndex.get(a.getPlacementId());
            a.decide(gotIt ? PlacementApplication.Status.ALLOCATED : PlacementApplication.Status.NOT_ALLOCATED, now);
            if (gotIt) {
                allocated++;
            }
        }
        Map<String, String> names = names(new java.util.HashSet<>(studentIndex.keySet()));
        List<String> notVetted = ruledOutByVetting.stream().filter(id -> !allowedSomewhere.contains(id))
                .map(id -> names.getOrDefault(id, "Someone who left")).sorted().toList();
        for (Placement placement : ready) {
            placement.allocated(now);
            audit.record(ALLOCATED, RECORD_TYPE, placement.getId(), placement.getTitle() + ": "
                    + applications.stream().filter(a -> a.getPlacementId().equals(placement.getId())
                    && a.getStatus() == PlacementApplication.Status.ALLOCATED).count() + " of " + placement.getPlaces() + " places given");
        }
        tellApplicants(ready, applications, given, studentIndex, placementIndex);
        return new Allocation(ready.size(), studentIndex.size(), allocated, notVetted);
    }

    // ---- Students

    /**
     * What the signed-in person's Events page shows of placements: those they may apply for today
     * (only for students), soonest first, with their application of each; and all their applications,
     * latest placements first, with what came of them. One read finds the placements open or applied
     * for with the person's applications of each; the days they came (and their supervisors' names)
     * are read only where a place was given.
     */
    public ForStudent forStudent(Instant now) {
        SignedInUser me = currentUser.require();
        boolean student = isStudent(me);
        // The placements open now or applied for, each with the person's applications of it, in one read.
        List<Object[]> rows = em().createQuery("SELECT p, a FROM Placement p LEFT JOIN PlacementApplication a ON a.placementId = p.id"
                        + " AND a.accountId = :me WHERE (p.allocatedAt IS NULL AND p.applicationsCloseOn >= :today) OR a.id IS NOT NULL"
                        + " ORDER BY a.appliedAt, a.id", Object[].class)
                .setParameter("me", me.accountId()).setParameter("today", today(now)).getResultList();
        Map<String, Placement> placements = new HashMap<>();
        List<PlacementApplication> applications = new ArrayList<>();
        for (Object[] row : rows) {
            placements.put(((Placement) row[0]).getId(), (Placement) row[0]);
            if (row[1] != null) {
                applications.add((PlacementApplication) row[1]);
            }
        }
        applications.sort(java.util.Comparator.comparing(PlacementApplication::getAppliedAt).thenComparing(PlacementApplication::getId));
        Map<String, PlacementApplication> standing = new HashMap<>();
        applications.forEach(a -> standing.put(a.getPlacementId(), a));
        List<Open> openToThem = !student ? List.of() : placements.values().stream().filter(p -> p.takesApplications(today(now)))
                .sorted(java.util.Comparator.comparing(Placement::getStartsOn).thenComparing(Placement::getTitle))
                .map(p -> new Open(p, standing.get(p.getId()))).toList();
        List<PlacementApplication> given = applications.stream().filter(a -> a.getStatus() == PlacementApplication.Status.ALLOCATED).toList();
        Map<String, Long> present = new HashMap<>();
        Map<String, String> supervisors = new HashMap<>();
        if (!given.isEmpty()) {
            em().createQuery("SELECT d.applicationId, COUNT(d) FROM PlacementDay d WHERE d.present = TRUE AND d.applicationId IN :applications"
                            + " GROUP BY d.applicationId", Object[].class)
                    .setParameter("applications", given.stream().map(PlacementApplication::getId).toList()).getResultList()
                    .forEach(row -> present.put((String) row[0], ((Number) row[1]).longValue()));
            supervisors = names(given.stream().map(a -> placements.get(a.getPlacementId()).getSupervisorId()).collect(Collectors.toSet()));
        }
        Map<String, String> supervisorNames = supervisors;
        List<Mine> mine = applications.stream().filter(a -> placements.containsKey(a.getPlacementId())).map(a -> {
            Placement placement = placements.get(a.getPlacementId());
            return new Mine(placement, a, supervisorNames.get(placement.getSupervisorId()), present.getOrDefault(a.getId(), 0L));
        }).sorted(java.util.Comparator.comparing((Mine m) -> m.placement().getStartsOn()).reversed()).toList();
        return new ForStudent(openToThem, mine);
    }

    /** The placements the signed-in student may apply for today, with their application of each (see {@link #forStudent}). */
    public List<Open> open(Instant now) {
        return forStudent(now).open();
    }

    /** The signed-in person's applications with what came of them (see {@link #forStudent}). */
    public List<Mine> mine() {
        return forStudent(Instant.now()).mine();
    }

    /**
     * Applies for a placement, as the signed-in student, as one of their choices. Sent again with the
     * same key (its answer was lost), answers with the application already made.
     *
     * @param choice 1 for their first choice, up to {@link #MOST_CHOICES}
     */
    public PlacementApplication apply(String placementId, Integer choice, LocalDate bornOn, String school, String statement, String sendKey,
                                      Instant now) {
        SignedInUser me = currentUser.require();
        String key = SendKeys.required(sendKey, "placement application");
        if (!isStudent(me)) {
            throw new AccessDeniedException("Work experience placements are for students.");
        }
        people.lock(me.accountId());
        Optional<PlacementApplication> sent = em().createQuery("SELECT a FROM PlacementApplication a WHERE a.accountId = :me"
                        + " AND a.sendKey = :key", PlacementApplication.class)
                .setParameter("me", me.accountId()).setParameter("key", key).getResultStream().findFirst();
        if (sent.isPresent()) {
            return sent.get();
        }
        Placement placement = locked(placementId);
        LocalDate today = today(now);
        if (!placement.takesApplications(today)) {
            throw new InvalidInputException("placement", "Applications for " + placement.getTitle() + " have closed.");
        }
        List<PlacementApplication> mine = myApplications(me);
        if (mine.stream().anyMatch(a -> a.getPlacementId().equals(placementId) && a.getStatus() != PlacementApplication.Status.WITHDRAWN)) {
            throw new InvalidInputException("placement", "You have applied for " + placement.getTitle() + " already.");
        }
        List<PlacementApplication> standing = mine.stream().filter(a -> a.getStatus() == PlacementApplication.Status.APPLIED).toList();
        List<FieldError> problems = new ArrayList<>();
        if (choice == null || choice < 1 || choice > MOST_CHOICES) {
            problems.add(new FieldError("choice", "Choose whether it is your first, second or third choice."));
        } else if (standing.stream().anyMatch(a -> a.getChoice() == choice)) {
            problems.add(new FieldError("choice", "Another placement is your " + PlacementApplication.ordinal(choice)
                    + " choice already: choose another, or withdraw that application first."));
        }
        if (standing.size() >= MOST_CHOICES) {
            problems.add(new FieldError("placement", "You have applied for " + MOST_CHOICES + " placements, the most at once."));
        }
        if (bornOn == null) {
            problems.add(new FieldError("bornOn", "Enter your date of birth."));
        } else if (bornOn.isAfter(today) || Period.between(bornOn, placement.getStartsOn()).getYears() < YOUNGEST) {
            problems.add(new FieldError("bornOn", "Placements are for people aged " + YOUNGEST + " or over on their first day: check"
                    + " your date of birth."));
        } else if (Period.between(bornOn, today).getYears() > 100) {
            problems.add(new FieldError("bornOn", "Check your date of birth: the year looks wrong."));
        }
        String schoolGiven = strip(school);
        if (schoolGiven != null) {
            schoolGiven = schoolGiven.replaceAll("\\s+", " ");
            if (schoolGiven.length() > 120) {
                problems.add(new FieldError("school", "Keep the school's name to 120 characters."));
            }
        }
        String why = strip(statement);
        if (why == null) {
            problems.add(new FieldError("statement", "Say in a few sentences why you would like this placement."));
        } else if (why.length() > 2000) {
            problems.add(new FieldError("statement", "Keep it to 2,000 characters."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        PlacementApplication application = new PlacementApplication(placementId, me.accountId(), choice, bornOn, schoolGiven, why, now, key);
        em().persist(application);
        audit.record(APPLIED, APPLICATION_RECORD_TYPE, application.getId(), placement.getTitle() + ", " + application.getChoiceLabel()
                + " choice");
        journeySteps.complete(me.accountId(), org.wayfinder.events.event.EventBookings.STEP_WORK_EXPERIENCE);
        people.find(me.accountId()).filter(Person::hasEmail).ifPresent(person -> mail.fire(new Mail(person.email(),
                placement.getTitle() + ": application received",
                "Hello " + person.name() + ",\n\nThank you for applying for " + placement.getTitle() + " (" + placement.getDepartment()
                        + "), " + dates.date(placement.getStartsOn()) + " to " + dates.date(placement.getEndsOn()) + ", as your "
                        + application.getChoiceLabel() + " choice.\n\nApplications close on "
                        + dates.date(placement.getApplicationsCloseOn())
                        + ". Staff then give the places and we will email you.\n")));
        return application;
    }

    /** Withdraws one of the signed-in person's applications, before places are given. */
    public PlacementApplication withdraw(String applicationId, Instant now) {
        SignedInUser me = currentUser.require();
        PlacementApplication application = application(applicationId);
        if (!application.getAccountId().equals(me.accountId())) {
            throw new AccessDeniedException("Only the person who applied withdraws an application.");
        }
        locked(application.getPlacementId());
        if (application.getStatus() != PlacementApplication.Status.APPLIED) {
            throw new InvalidInputException("application", "This application has been decided already: "
                    + application.getStatus().label() + ".");
        }
        application.decide(PlacementApplication.Status.WITHDRAWN, now);
        audit.record(WITHDRAWN, APPLICATION_RECORD_TYPE, application.getId(), null);
        return application;
    }

    /** Whether the person has applied for a placement and not withdrawn (the "apply for work experience" step). */
    public boolean hasApplied(String accountId) {
        return !em().createQuery("SELECT a.id FROM PlacementApplication a WHERE a.accountId = :person AND a.status <> :withdrawn", String.class)
                .setParameter("person", accountId).setParameter("withdrawn", PlacementApplication.Status.WITHDRAWN).setMaxResults(1)
                .getResultList().isEmpty();
    }

    /** How many placements have closed their applications and wait for staff to give their places (the staff's home). */
    @RequiresRole({Roles.MODERATOR, Roles.OWNER})
    public long waitingForPlaces(Instant now) {
        return em().createQuery("SELECT COUNT(p) FROM Placement p WHERE p.allocatedAt IS NULL AND p.applicationsCloseOn < :today", Long.class)
                .setParameter("today", today(now)).getSingleResult();
    }

    /**
     * What the signed-in supervisor has to do, for their home: how many of their students are on
     * placement today, and how many who have begun have no reference yet.
     */
    public record ToDo(long onPlacementToday, long referencesToWrite) implements Serializable {
    }

    /** The signed-in supervisor's {@link ToDo}, in one read. */
    @RequiresRole(EventsPlugin.SUPERVISOR)
    public ToDo toDo(Instant now) {
        LocalDate today = today(now);
        long onToday = 0;
        long toWrite = 0;
        for (Object[] row : em().createQuery("SELECT p.startsOn, p.endsOn, a.reference FROM PlacementApplication a, Placement p"
                        + " WHERE p.id = a.placementId AND p.supervisorId = :me AND a.status = :allocated AND p.startsOn <= :today",
                        Object[].class)
                .setParameter("me", currentUser.require().accountId()).setParameter("allocated", PlacementApplication.Status.ALLOCATED)
                .setParameter("today", today).getResultList()) {
            if (!today.isAfter((LocalDate) row[1]) && today.getDayOfWeek().getValue() < 6) {
                onToday++;
            }
            if (row[2] == null) {
                toWrite++;
            }
        }
        return new ToDo(onToday, toWrite);
    }

    // ---- Supervisors

    /**
     * The placements the signed-in person supervises whose places are given, latest first, with the
     * students on each: their placements, then all their students with their days, whatever the number
     * of placements.
     */
    @RequiresRole(EventsPlugin.SUPERVISOR)
    public Map<Placement, List<Applicant>> supervised() {
        SignedInUser me = currentUser.require();
        List<Placement> theirs = query("SELECT p FROM Placement p WHERE p.supervisorId = :me AND p.allocatedAt IS NOT NULL"
                + " ORDER BY p.startsOn DESC, p.title").setParameter("me", me.accountId()).getResultList();
        Map<Placement, List<Applicant>> supervised = new LinkedHashMap<>();
        if (theirs.isEmpty()) {
            return supervised;
        }
        Map<String, List<PlacementApplication>> byPlacement = new HashMap<>();
        em().createQuery("SELECT a FROM PlacementApplication a WHERE a.placementId IN :placements AND a.status = :allocated"
                        + " ORDER BY a.appliedAt, a.id", PlacementApplication.class)
                .setParameter("placements", theirs.stream().map(Placement::getId).toList())
                .setParameter("allocated", PlacementApplication.Status.ALLOCATED).getResultList()
                .forEach(a -> byPlacement.computeIfAbsent(a.getPlacementId(), key -> new ArrayList<>()).add(a));
        Map<String, Applicant> students = new HashMap<>();
        Map<String, Placement> placementsById = new HashMap<>();
        theirs.forEach(p -> placementsById.put(p.getId(), p));
        applicants(placementsById, byPlacement.values().stream().flatMap(List::stream).toList())
                .forEach(applicant -> students.put(applicant.application().getId(), applicant));
        for (Placement placement : theirs) {
            supervised.put(placement, byPlacement.getOrDefault(placement.getId(), List.of()).stream()
                    .map(a -> students.get(a.getId())).toList());
        }
        return supervised;
    }

    /**
     * Records whether a student on a placement came on one of its days, by its supervisor or staff:
     * a weekday of the placement, not after today; recording again changes it.
     */
    public PlacementDay recordDay(String applicationId, LocalDate day, boolean present, Instant now) {
        PlacementApplication application = application(applicationId);
        Placement placement = get(application.getPlacementId());
        mayRecord(placement);
        if (application.getStatus() != PlacementApplication.Status.ALLOCATED) {
            throw new InvalidInputException("application", "Only a student given a place on this placement has days to record.");
        }
        if (day == null || !placement.days().contains(day)) {
            throw new InvalidInputException("day", "That is not one of the placement's days.");
        }
        if (day.isAfter(today(now))) {
            throw new InvalidInputException("day", "A day is recorded on the day or after it, not before.");
        }
        PlacementDay recorded = em().createQuery("SELECT d FROM PlacementDay d WHERE d.applicationId = :application AND d.day = :day",
                        PlacementDay.class).setParameter("application", applicationId).setParameter("day", day)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst().orElse(null);
        if (recorded == null) {
            recorded = new PlacementDay(applicationId, day, present, currentUser.require().accountId(), now);
            em().persist(recorded);
        } else {
            recorded.record(present, currentUser.require().accountId(), now);
        }
        audit.record(DAY_RECORDED, APPLICATION_RECORD_TYPE, applicationId, day + (present ? ": came" : ": did not come"));
        return recorded;
    }

    /**
     * Writes (or rewrites) the short reference for a student on a placement, by its supervisor alone,
     * once the placement has begun; the student reads it on their Events page.
     */
    public PlacementApplication writeReference(String applicationId, String text, Instant now) {
        SignedInUser me = currentUser.require();
        PlacementApplication application = application(applicationId);
        Placement placement = get(application.getPlacementId());
        if (!me.accountId().equals(placement.getSupervisorId())) {
            throw new AccessDeniedException("Only the placement's supervisor writes a reference.");
        }
        if (application.getStatus() != PlacementApplication.Status.ALLOCATED) {
            throw new InvalidInputException("reference", "Only a student given a place on this placement has a reference.");
        }
        if (placement.getStartsOn().isAfter(today(now))) {
            throw new InvalidInputException("reference", "A reference is written once the placement has begun.");
        }
        String reference = strip(text);
        if (reference == null || reference.length() > 4000) {
            throw new InvalidInputException("reference", "Write the reference in up to 4,000 characters.");
        }
        boolean first = application.getReference() == null;
        application.writeReference(reference, me.accountId(), now);
        audit.record(REFERENCE_WRITTEN, APPLICATION_RECORD_TYPE, applicationId, first ? "written" : "rewritten");
        if (first) {
            people.find(application.getAccountId()).filter(Person::hasEmail).ifPresent(person -> mail.fire(new Mail(person.email(),
                    placement.getTitle() + ": your reference",
                    "Hello " + person.name() + ",\n\nYour supervisor has written your reference for " + placement.getTitle() + " ("
                            + placement.getDepartment() + "). Read it on the Events page of the programme's site.\n")));
        }
        return application;
    }

    // ---- Helpers

    /**
     * Whether the placement's supervisor is vetted until after its last day, given when each
     * supervisor's vetting (as it stands today) stops counting. A check counts from when it is
     * recorded until it expires, so one vetted today and beyond the last day is vetted on every day
     * of a placement still to come.
     */
    private static boolean vettedThrough(Placement placement, Map<String, LocalDate> vettedUntil) {
        LocalDate until = vettedUntil.get(placement.getSupervisorId());
        return until != null && until.isAfter(placement.getEndsOn());
    }

    private Placement locked(String placementId) {
        Placement placement = get(placementId);
        em().flush();
        em().refresh(placement, LockModeType.PESSIMISTIC_WRITE);
        return placement;
    }

    private PlacementApplication application(String applicationId) {
        PlacementApplication application = applicationId == null || applicationId.isBlank() ? null
                : em().find(PlacementApplication.class, applicationId);
        if (application == null) {
            throw new org.wayfinder.platform.spi.RecordNotFoundException("Application");
        }
        return application;
    }

    /** Staff, or the placement's own supervisor; anyone else is refused. */
    private void mayRecord(Placement placement) {
        SignedInUser me = currentUser.require();
        if (!isStaff(me) && !me.accountId().equals(placement.getSupervisorId())) {
            throw new AccessDeniedException("Only staff and the placement's supervisor see its students.");
        }
    }

    private static boolean isStaff(SignedInUser me) {
        return me.roles().contains(Roles.MODERATOR) || me.roles().contains(Roles.OWNER);
    }

    private boolean isStudent(SignedInUser me) {
        return EventsPlugin.listOf(plugins.settings(EventsPlugin.ID), EventsPlugin.STUDENT_ROLES).stream().anyMatch(me.roles()::contains);
    }

    private List<PlacementApplication> myApplications(SignedInUser me) {
        return em().createQuery("SELECT a FROM PlacementApplication a WHERE a.accountId = :me ORDER BY a.appliedAt, a.id",
                PlacementApplication.class).setParameter("me", me.accountId()).getResultList();
    }

    private List<Applicant> applicants(Placement placement, List<PlacementApplication> applications) {
        return applicants(Map.of(placement.getId(), placement), applications);
    }

    /** The applications with their names, ages on their placements' first days and days recorded, the days in one read. */
    private List<Applicant> applicants(Map<String, Placement> placements, List<PlacementApplication> applications) {
        if (applications.isEmpty()) {
            return List.of();
        }
        Map<String, List<PlacementDay>> days = new HashMap<>();
        em().createQuery("SELECT d FROM PlacementDay d WHERE d.applicationId IN :applications ORDER BY d.day", PlacementDay.class)
                .setParameter("applications", applications.stream().map(PlacementApplication::getId).toList()).getResultList()
                .forEach(day -> days.computeIfAbsent(day.getApplicationId(), key -> new ArrayList<>()).add(day));
        Map<String, String> names = names(applications.stream().map(PlacementApplication::getAccountId).collect(Collectors.toSet()));
        return applications.stream().map(a -> new Applicant(a, names.getOrDefault(a.getAccountId(), "Someone who left"),
                Period.between(a.getBornOn(), placements.get(a.getPlacementId()).getStartsOn()).getYears(),
                List.copyOf(days.getOrDefault(a.getId(), List.of()))))
                .toList();
    }

    private Map<String, String> names(Set<String> accountIds) {
        Map<String, String> names = new HashMap<>();
        for (String id : accountIds) {
            people.find(id).ifPresent(person -> names.put(id, person.name()));
        }
        return names;
    }

    private void tellApplicants(List<Placement> ready, List<PlacementApplication> applications, int[] given, Map<String, Integer> studentIndex,
                                Map<String, Integer> placementIndex) {
        Map<String, String> supervisors = names(ready.stream().map(Placement::getSupervisorId).collect(Collectors.toSet()));
        for (Map.Entry<String, Integer> student : studentIndex.entrySet()) {
            Optional<Person> person = people.find(student.getKey()).filter(Person::hasEmail);
            if (person.isEmpty()) {
                continue;
            }
            int placementGiven = given[student.getValue()];
            String text;
            String subject;
            if (placementGiven >= 0) {
                Placement placement = ready.get(placementGiven);
                subject = placement.getTitle() + ": you have a place";
                text = "You have a place on " + placement.getTitle() + " (" + placement.getDepartment() + "), "
                        + dates.date(placement.getStartsOn()) + " to " + dates.date(placement.getEndsOn()) + ". Your supervisor is "
                        + supervisors.getOrDefault(placement.getSupervisorId(), "a member of staff") + ".";
            } else {
                subject = "Work experience: no place this time";
                List<String> titles = applications.stream().filter(a -> a.getAccountId().equals(student.getKey()))
                        .map(a -> ready.get(placementIndex.get(a.getPlacementId())).getTitle()).toList();
                // Not "more applicants than places": a place may have stayed free because its supervisor is not yet vetted for an under-18.
                text = "Thank you for applying for " + String.join(", ", titles) + ". This time there is no place for you on "
                        + (titles.size() == 1 ? "it" : "them") + "; the programme's staff can tell you why. Look out for the next"
                        + " placements on the Events page.";
            }
            mail.fire(new Mail(person.get().email(), subject, "Hello " + person.get().name() + ",\n\n" + text
                    + "\n\nYour applications are on the Events page of the programme's site.\n"));
        }
    }

    private static String strip(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.strip();
    }
}
