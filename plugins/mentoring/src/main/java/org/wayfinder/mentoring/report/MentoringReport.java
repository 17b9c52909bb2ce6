package org.wayfinder.mentoring.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.wayfinder.mentoring.MentoringPlugin;
import org.wayfinder.mentoring.match.Match;
import org.wayfinder.mentoring.messaging.Message;
import org.wayfinder.mentoring.profile.Profiles;
import org.wayfinder.mentoring.profile.Profiles.Profile;
import org.wayfinder.mentoring.taxonomy.Taxonomy;
import org.wayfinder.mentoring.taxonomy.TermKind;
import org.wayfinder.platform.spi.People;
import org.wayfinder.platform.spi.People.Person;
import org.wayfinder.platform.spi.ProgrammePlugins;
import org.wayfinder.platform.spi.Repository;
import org.wayfinder.platform.spi.RequiresRole;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.form.SubmittedAnswers;

/**
 * The mentoring figures owners and funders ask for, computed from the programme's own records
 * each time. The definitions are in {@code docs/mentoring-reports.md}; the headline figures of the
 * case study are "share of registered mentees matched" and "share of mentors who would recommend".
 */
@ApplicationScoped
public class MentoringReport extends Repository<Match> {

    /** A 0 to 10 answer of this or more counts as "would recommend"; so does "yes". */
    public static final int RECOMMENDS_FROM = 7;

    /** A support type: how many matched mentees asked for it, and for how many their mentor offers it. */
    public record Support(String label, int asked, int covered) implements Serializable {
    }

    /** Mentees of one school or borough: registered, and matched at least once. */
    public record Group(String name, int registered, int matched) implements Serializable {
    }

    /**
     * The figures.
     *
     * @param registeredMentees      mentees with an active account
     * @param matchedMentees         of those, how many have had a match (going on or ended)
     * @param medianDaysToMatch      median whole days from joining to the first match, of the matched; null when none
     * @param activeMatches          matches going on
     * @param endedMatches           matches that have ended
     * @param deliveredMessages      messages delivered in all matches (held and rejected ones not counted)
     * @param supportTypes           support types matched mentees asked for, and how many their mentor offers
     * @param mentorsAnswered        mentors who answered the exit survey's recommend question
     * @param mentorsWhoRecommend    of those, how many would recommend
     * @param menteesAnswered        the same for mentees
     * @param menteesWhoRecommend    the same for mentees
     * @param bySchool               mentees per school
     * @param byBorough              mentees per borough or town
     * @param meetings               meetings logged in matches: each is a careers encounter in schools' evidence
     *                               ({@code MentoringEncounters}), so the report and the evidence export count alike
     * @param menteesWhoMet          mentees with at least one meeting logged
     */
    public record Figures(int registeredMentees, int matchedMentees, Long medianDaysToMatch, int activeMatches, int endedMatches,
                          long deliveredMessages, List<Support> supportTypes, int mentorsAnswered, int mentorsWhoRecommend,
                          int menteesAnswered, int menteesWhoRecommend, List<Group> bySchool, List<Group> byBorough, long meetings,
                          int menteesWhoMet) implements Serializable {

        public Integer shareMatched() {
            return percent(matchedMentees, registeredMentees);
        }

        public Integer shareOfMentorsWhoRecommend() {
            return percent(mentorsWhoRecommend, mentorsAnswered);
        }

        public Integer shareOfMenteesWhoRecommend() {
            return percent(menteesWhoRecommend, menteesAnswered);
        }

        /** Delivered messages per match made, to one decimal place; null before any match. */
        public Double messagesPerMatch() {
            int made = activeMatches + endedMatches;
            return made == 0 ? null : Math.round(10.0 * deliveredMessages / made) / 10.0;
        }

        /** A share as a whole percentage, rounded half up; null when there is nothing to divide. */
        static Integer percent(int part, int whole) {
            return whole == 0 ? null : (int) Math.round(100.0 * part / whole);
        }
    }

    @Inject
    People people;

    @Inject
    Profiles profiles;

    @Inject
    Taxonomy taxonomy;

    @Inject
    SubmittedAnswers answers;

    @Inject
    ProgrammePlugins plugins;

    public MentoringReport() {
        super(Match.class);
    }

    /** The figures, from a handful of queries whatever the size of the programme. */
    @RequiresRole(Roles.OWNER)
    public Figures figures() {
        List<Match> all = query("SELECT m FROM Match m ORDER BY m.startedAt").getResultList();
        Map<String, Instant> firstMatch = new HashMap<>();
        all.forEach(match -> firstMatch.putIfAbsent(match.getMenteeId(), match.getStartedAt()));
        long delivered = em().createQuery("SELECT COUNT(m) FROM Message m WHERE m.status = :sent", Long.class)
                .setParameter("sent", Message.Status.SENT).getSingleResult();
        Map<String, Profile> menteeProfiles = profiles.allOf(MentoringPlugin.MENTEE);
        Map<String, Profile> mentorProfiles = profiles.allOf(MentoringPlugin.MENTOR);

        // Counted whoever can sign in now: a mentee suspended or erased was registered and matched all the same.
        List<Person> mentees = people.everyoneWithRole(MentoringPlugin.MENTEE);
        List<Long> days = new ArrayList<>();
        Map<String, int[]> schools = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, int[]> boroughs = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        int matched = 0;
        for (Person mentee : mentees) {
            Instant first = firstMatch.get(mentee.accountId());
            if (first != null) {
                matched++;
                days.add(Duration.between(mentee.joinedAt(), first).toDays());
            }
            Profile profile = menteeProfiles.get(mentee.accountId());
            count(schools, profile == null ? null : profile.school(), first != null);
            count(boroughs, profile == null ? null : profile.borough(), first != null);
        }
        days.sort(Comparator.naturalOrder());
        Long median = days.isEmpty() ? null : days.size() % 2 == 1 ? days.get(days.size() / 2)
                : Math.round((days.get(days.size() / 2 - 1) + days.get(days.size() / 2)) / 2.0);

        Map<String, int[]> support = new LinkedHashMap<>();
        Map<String, String> labels = new HashMap<>();
        taxonomy.all(TermKind.SUPPORT_TYPE).forEach(term -> {
            support.put(term.getKey(), new int[2]);
            labels.put(term.getKey(), term.getLabel());
        });
        for (Match match : all) {
            Profile mentee = menteeProfiles.get(match.getMenteeId());
            Profile mentor = mentorProfiles.get(match.getMentorId());
            Set<String> offered = mentor == null ? Set.of() : mentor.supportTypes();
            for (String type : mentee == null ? Set.<String>of() : mentee.supportTypes()) {
                int[] counts = support.computeIfAbsent(type, key -> new int[2]);
                counts[0]++;
                if (offered.contains(type)) {
                    counts[1]++;
                }
            }
        }
        List<Support> supportTypes = support.entrySet().stream().filter(entry -> entry.getValue()[0] > 0)
                .map(entry -> new Support(labels.getOrDefault(entry.getKey(), entry.getKey()), entry.getValue()[0], entry.getValue()[1]))
                .toList();

        Map<String, SubmittedAnswers.Answered> survey =
                answers.latestAnswersOfAll(plugins.settings(MentoringPlugin.ID).text(MentoringPlugin.EXIT_SURVEY_FORM));
        int[] mentors = recommends(survey, people.everyoneWithRole(MentoringPlugin.MENTOR));
        int[] menteesSaid = recommends(survey, mentees);
        int active = (int) all.stream().filter(Match::isActive).count();
        Object[] met = em().createQuery("SELECT COUNT(l), COUNT(DISTINCT m.menteeId) FROM MeetingLog l, Match m WHERE l.matchId = m.id",
                Object[].class).getSingleResult();
        return new Figures(mentees.size(), matched, median, active, all.size() - active, delivered, supportTypes,
                mentors[0], mentors[1], menteesSaid[0], menteesSaid[1], groups(schools), groups(boroughs), ((Number) met[0]).longValue(),
                ((Number) met[1]).intValue());
    }

    /** How many of these people answered the survey's recommend question, and how many of them would recommend. */
    private static int[] recommends(Map<String, SubmittedAnswers.Answered> survey, List<Person> who) {
        int[] counts = new int[2];
        for (Person person : who) {
            SubmittedAnswers.Answered given = survey.get(person.accountId());
            List<String> said = new ArrayList<>();
            if (given != null) {
                said.addAll(given.ofType("recommend"));
                said.addAll(given.ofType("yes-no"));
            }
            if (!said.isEmpty()) {
                counts[0]++;
                if (wouldRecommend(said.get(0))) {
                    counts[1]++;
                }
            }
        }
        return counts;
    }

    static boolean wouldRecommend(String answer) {
        if ("yes".equals(answer)) {
            return true;
        }
        try {
            return Integer.parseInt(answer) >= RECOMMENDS_FROM;
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }

    private static void count(Map<String, int[]> groups, String name, boolean matched) {
        int[] counts = groups.computeIfAbsent(name == null || name.isBlank() ? "Not given" : name, key -> new int[2]);
        counts[0]++;
        if (matched) {
            counts[1]++;
        }
    }

    private static List<Group> groups(Map<String, int[]> groups) {
        return groups.entrySet().stream().map(entry -> new Group(entry.getKey(), entry.getValue()[0], entry.getValue()[1])).toList();
    }
}
