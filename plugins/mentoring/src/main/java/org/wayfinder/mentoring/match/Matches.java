package org.wayfinder.mentoring.match;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wayfinder.mentoring.MentoringPlugin;
import org.wayfinder.mentoring.profile.Profiles;
import org.wayfinder.platform.spi.AccessDeniedException;
import org.wayfinder.platform.spi.Cache;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.Mail;
import org.wayfinder.platform.spi.People;
import org.wayfinder.platform.spi.ProgrammePlugins;
import org.wayfinder.platform.spi.Repository;
import org.wayfinder.platform.spi.RequiresRole;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.TenantContext;
import org.wayfinder.platform.spi.journey.JourneySteps;
import org.wayfinder.platform.spi.safeguarding.Vetting;

/**
 * Matches: made by the owner (one by one or by publishing a bulk proposal, all or nothing), ended
 * by either person or the owner. Every match is checked when it is made, whatever made it: both
 * people hold their roles, the mentor is vetted today, the mentee has no other match, and the
 * mentor is within the number of mentees they said they can take.
 */
@ApplicationScoped
public class Matches extends Repository<Match> {

    /**
     * A pair to make into a match.
     *
     * @param menteeId  the mentee
     * @param mentorId  the mentor
     * @param score     its score when proposed
     * @param breakdown how the score was made up, in words
     */
    public record Pair(String menteeId, String mentorId, int score, String breakdown) {
    }

    @Inject
    People people;

    @Inject
    Vetting vetting;

    @Inject
    Profiles profiles;

    @Inject
    CurrentUser currentUser;

    @Inject
    TenantContext tenantContext;

    @Inject
    Event<Mail> mail;

    @Inject
    Proposals proposals;

    @Inject
    ProgrammePlugins plugins;

    @Inject
    JourneySteps journeySteps;

    @Inject
    Cache cache;

    public Matches() {
        super(Match.class);
    }

    @Override
    protected String describe() {
        return "Match";
    }

    /** Every match going on now, oldest first. */
    @RequiresRole({Roles.OWNER, Roles.MODERATOR})
    public List<Match> active() {
        return query("SELECT m FROM Match m WHERE m.endedAt IS NULL ORDER BY m.startedAt, m.id").getResultList();
    }

    /** How many matches are going on now, counted by the database. */
    @RequiresRole({Roles.OWNER, Roles.MODERATOR})
    public long countActive() {
        return em().createQuery("SELECT COUNT(m) FROM Match m WHERE m.endedAt IS NULL", Long.class).getSingleResult();
    }

    /**
     * One of the signed-in person's matches as their home and their mentoring page show it: a copy,
     * held by the programme's activity cache, which every change of a match renews.
     */
    public static final class Mine implements Serializable {

        private final String id;
        private final String menteeId;
        private final String mentorId;
        private final Instant startedAt;
        private final Instant endedAt;

        private Mine(Match match) {
            this.id = match.getId();
            this.menteeId = match.getMenteeId();
            this.mentorId = match.getMentorId();
            this.startedAt = match.getStartedAt();
            this.endedAt = match.getEndedAt();
        }

        public String getId() {
            return id;
        }

        public String getMenteeId() {
            return menteeId;
        }

        public String getMentorId() {
            return mentorId;
        }

        public Instant getStartedAt() {
            return startedAt;
        }

        public boolean isActive() {
            return endedAt == null;
        }
    }

    /**
     * The signed-in person's matches, as mentee or mentor, those going on first: what their home and
     * their mentoring page list, read through the programme's activity cache (a match made or ended
     * is there on the next page).
     */
    public List<Mine> mine() {
        String me = currentUser.require().accountId();
        return cache.get(Cache.activity(tenantContext.tenantId()), "mentoring-matches:" + me, () ->
                query("SELECT m FROM Match m WHERE m.menteeId = :me OR m.mentorId = :me ORDER BY m.endedAt, m.startedAt DESC")
                        .setParameter("me", me).getResultList().stream()
                        .sorted(java.util.Comparator.comparing((Match m) -> !m.isActive())).map(Mine::new).toList());
    }

    /** How many mentees each mentor has now, by mentor id. */
    public Map<String, Long> activeCountByMentor() {
        Map<String, Long> counts = new HashMap<>();
        em().createQuery("SELECT m.mentorId, COUNT(m) FROM Match m WHERE m.endedAt IS NULL GROUP BY m.mentorId", Object[].class)
                .getResultList().forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }

    /** The mentee's match going on now, if they have one. */
    public Optional<Match> activeForMentee(String menteeId) {
        return query("SELECT m FROM Match m WHERE m.menteeId = :mentee AND m.endedAt IS NULL").setParameter("mentee", menteeId)
                .getResultStream().findFirst();
    }

    /** Whether the mentee has, or has had, a match: what the journey's "get matched" step asks. */
    public boolean hasBeenMatched(String menteeId) {
        return em().createQuery("SELECT COUNT(m) FROM Match m WHERE m.menteeId = :mentee", Long.class)
                .setParameter("mentee", menteeId).getSingleResult() > 0;
    }

    /** A match the signed-in person is in; anyone else is refused (another programme's match is not found). */
    public Match ownMatch(String matchId) {
        Match match = get(matchId);
        String me = currentUser.require().accountId();
        if (!me.equals(match.getMenteeId()) && !me.equals(match.getMentorId())) {
            throw new AccessDeniedException("Only the two people in a match can do this.");
        }
        return match;
    }

    /** A match the signed-in person may read: their own, or any for the programme's moderators and owners. */
    public Match readable(String matchId) {
        if (currentUser.hasRole(Roles.MODERATOR) || currentUser.hasRole(Roles.OWNER)) {
            return get(matchId);
        }
        return ownMatch(matchId);
    }

    /** Makes every pair a match, or none of them when one cannot be made (the exception names it). */
    @RequiresRole(Roles.OWNER)
    public List<Match> publish(List<Pair> pairs, LocalDate today, String siteUrl) {
        return pairs.stream().map(pair -> create(pair, today, siteUrl)).toList();
    }

    /**
     * Makes one match and emails both people: the owner's match by hand.
     *
     * @param siteUrl the programme's site, for the link in the mails
     */
    @RequiresRole(Roles.OWNER)
    public Match make(Pair pair, LocalDate today, String siteUrl) {
        return create(pair, today, siteUrl);
    }

    /**
     * The signed-in mentee chooses one of the mentors suggested to them, when the programme lets
     * mentees choose: the match is made at once, with the suggestion's score.
     */
    public Match choose(String mentorId, LocalDate today, String siteUrl) {
        String me = currentUser.require().accountId();
        if (!people.holds(me, MentoringPlugin.MENTEE)) {
            throw new AccessDeniedException("Only mentees choose a mentor.");
        }
        if (!MentoringPlugin.MODE_MENTEE_CHOOSES.equals(mode())) {
            throw new AccessDeniedException("In this programme the team matches mentees with mentors.");
        }
        Proposals.Suggestion chosen = proposals.suggestionsFor(me, today, java.util.Set.of()).stream()
                .filter(suggestion -> suggestion.mentorId().equals(mentorId)).findFirst()
                .orElseThrow(() -> new InvalidInputException("mentor", "That mentor is not among your suggestions now; choose one"
                        + " of those shown."));
        return create(new Pair(me, mentorId, chosen.score(), "Chosen by the mentee: " + chosen.why()), today, siteUrl);
    }

    /** The programme's matching mode, one of {@code MentoringPlugin.MODE_...}. */
    public String mode() {
        String mode = plugins.settings(MentoringPlugin.ID).text(MentoringPlugin.MATCHING_MODE);
        return mode == null ? MentoringPlugin.MODE_OWNER_PROPOSES : mode;
    }

    /**
     * Makes a match after checking every rule, whoever asked for it. Both people's records are
     * locked first, so two matches taking a mentor's last place at the same moment, on one
     * instance or two, are made one after the other and the second is refused. Any request the
     * mentee has waiting lapses.
     */
    Match create(Pair pair, LocalDate today, String siteUrl) {
        java.util.stream.Stream.of(pair.menteeId(), pair.mentorId()).filter(java.util.Objects::nonNull).sorted().distinct()
                .forEach(people::lock);
        String mentee = people.find(pair.menteeId()).map(People.Person::name).orElse("That mentee");
        String mentor = people.find(pair.mentorId()).map(People.Person::name).orElse("That mentor");
        if (!people.holds(pair.menteeId(), MentoringPlugin.MENTEE)) {
            throw new InvalidInputException("mentee", mentee + " is not a mentee of this programme.");
        }
        if (!people.holds(pair.mentorId(), MentoringPlugin.MENTOR)) {
            throw new InvalidInputException("mentor", mentor + " is not a mentor of this programme.");
        }
        if (!vetting.isVetted(pair.mentorId(), today)) {
            throw new InvalidInputException("mentor", mentor + " has no enhanced DBS check in date, so cannot be matched.");
        }
        // Locking reads: under MySQL's repeatable read a plain read would still see the snapshot taken
        // before the locks were granted, and miss the match another transaction just committed.
        if (!activeLocked("menteeId", pair.menteeId()).isEmpty()) {
            throw new InvalidInputException("mentee", mentee + " already has a mentor.");
        }
        int capacity = profiles.forMatching(pair.mentorId(), MentoringPlugin.MENTOR).map(Profiles.Profile::capacity).orElse(1);
        long taken = activeLocked("mentorId", pair.mentorId()).size();
        if (taken >= capacity) {
            throw new InvalidInputException("mentor", mentor + " already mentors " + taken + (taken == 1 ? " mentee" : " mentees")
                    + ", as many as they can take.");
        }
        Match match = add(new Match(pair.menteeId(), pair.mentorId(), pair.score(), truncate(pair.breakdown()),
                currentUser.require().accountId(), Instant.now()));
        em().flush();
        em().createQuery("SELECT r FROM MatchRequest r WHERE r.menteeId = :mentee AND r.status = :waiting", MatchRequest.class)
                .setParameter("mentee", pair.menteeId()).setParameter("waiting", MatchRequest.Status.WAITING).getResultList()
                .forEach(request -> request.decide(request.getMentorId().equals(pair.mentorId()) ? MatchRequest.Status.ACCEPTED
                        : MatchRequest.Status.LAPSED, null, match.getStartedAt()));
        journeySteps.complete(pair.menteeId(), GetMatched.ID);
        String programme = tenantContext.tenant().name();
        String link = siteUrl + "/mentoring/index.xhtml";
        people.find(pair.menteeId()).ifPresent(person -> mail.fire(new Mail(person.email(), "You have a mentor",
                "Hello " + person.name() + ",\n\n" + mentor + " is your mentor on " + programme + ". Say hello and start talking here"
                        + " (messages stay on " + programme + "):\n\n" + link + "\n\n" + programme + "\n")));
        people.find(pair.mentorId()).ifPresent(person -> mail.fire(new Mail(person.email(), "You have a new mentee",
                "Hello " + person.name() + ",\n\n" + mentee + " is your new mentee on " + programme + ". You can write to them here:\n\n"
                        + link + "\n\n" + programme + "\n")));
        return match;
    }

    /**
     * Ends a match: the mentee, the mentor or an owner, with a reason the programme keeps. Both
     * people are emailed a link to the exit survey.
     *
     * @param siteUrl the programme's site, for the link in the mails
     */
    public Match end(String matchId, String reason, String siteUrl) {
        Match match = get(matchId);
        String me = currentUser.require().accountId();
        if (!me.equals(match.getMenteeId()) && !me.equals(match.getMentorId()) && !currentUser.hasRole(Roles.OWNER)) {
            throw new AccessDeniedException("Only the two people in a match, or an owner, can end it.");
        }
        if (!match.isActive()) {
            throw new InvalidInputException("match", "This match has already ended.");
        }
        String why = reason(reason, "Say in 3 to 500 characters why the match is ending.");
        match.end(why, Instant.now());
        String programme = tenantContext.tenant().name();
        String link = siteUrl + "/mentoring/survey.xhtml?match=" + match.getId();
        String next = switch (mode()) {
            case MentoringPlugin.MODE_MENTEE_CHOOSES -> "When you are ready, you can choose a new mentor here:\n\n" + siteUrl
                    + "/mentoring/index.xhtml\n\n";
            case MentoringPlugin.MODE_MENTEE_REQUESTS -> "When you are ready, you can ask a new mentor here:\n\n" + siteUrl
                    + "/mentoring/index.xhtml\n\n";
            default -> "You are back on our waiting list, and we will email you when you have a new mentor.\n\n";
        };
        for (String person : List.of(match.getMenteeId(), match.getMentorId())) {
            String forThem = person.equals(match.getMenteeId()) ? next : "";
            people.find(person).ifPresent(p -> mail.fire(new Mail(p.email(), "How did mentoring go?",
                    "Hello " + p.name() + ",\n\nYour mentoring match on " + programme + " has ended. Please tell us how it went; it"
                            + " takes two minutes and helps the next mentees and mentors:\n\n" + link + "\n\n" + forThem
                            + programme + "\n")));
        }
        return match;
    }

    private List<Match> activeLocked(String side, String accountId) {
        return query("SELECT m FROM Match m WHERE m." + side + " = :person AND m.endedAt IS NULL").setParameter("person", accountId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    /** A reason someone gives (ending a match, declining a request), stripped; refused unless 3 to 500 characters. */
    static String reason(String given, String problem) {
        String why = given == null ? "" : given.strip();
        if (why.length() < 3 || why.length() > 500) {
            throw new InvalidInputException("reason", problem);
        }
        return why;
    }

    /** A score breakdown cut to fit its column. */
    static String truncate(String text) {
        String value = text == null ? "" : text;
        return value.length() <= 500 ? value : value.substring(0, 497) + "...";
    }
}
