package org.wayfinder.mentoring.match;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.wayfinder.mentoring.MentoringPlugin;
import org.wayfinder.mentoring.matching.BulkMatcher;
import org.wayfinder.mentoring.matching.BulkProposal;
import org.wayfinder.mentoring.matching.HardFilters;
import org.wayfinder.mentoring.matching.MatchScoring;
import org.wayfinder.mentoring.matching.MatchWeights;
import org.wayfinder.mentoring.matching.MenteeProfile;
import org.wayfinder.mentoring.matching.MentorProfile;
import org.wayfinder.mentoring.matching.ScoreBreakdown;
import org.wayfinder.mentoring.profile.Profiles.Profile;
import org.wayfinder.mentoring.profile.Profiles;
import org.wayfinder.platform.spi.People.Person;
import org.wayfinder.platform.spi.People;
import org.wayfinder.platform.spi.PluginSettings;
import org.wayfinder.platform.spi.ProgrammePlugins;
import org.wayfinder.platform.spi.RequiresRole;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.safeguarding.Vetting;

/**
 * The owner's bulk proposal: every mentee without a mentor against every mentor with room, under
 * the weights and hard filters in the mentoring settings, solved exactly by {@link BulkMatcher}.
 * Nothing is stored; the owner reviews the proposal and publishes it through {@link Matches}, which
 * checks every pair again.
 */
@ApplicationScoped
public class Proposals {

    /** A proposed pair as the owner reviews it: names, score and why. */
    public record Proposed(String menteeId, String menteeName, String mentorId, String mentorName, int score, String why)
            implements Serializable {
    }

    /** A mentee the proposal cannot match, and why, in words. */
    public record Left(String menteeId, String name, String why) implements Serializable {
    }

    /** A vetted mentor with room, whom the owner may choose instead of the proposed one. */
    public record MentorOption(String accountId, String name) implements Serializable {
    }

    /**
     * A proposal.
     *
     * @param matches the proposed pairs, best total first found
     * @param left    mentees left without a mentor, with the reason
     * @param total   the proposal's total score
     * @param mentors every vetted mentor with room before the proposal, for the owner to reassign a pair to
     */
    public record Proposal(List<Proposed> matches, List<Left> left, long total, List<MentorOption> mentors) implements Serializable {
    }

    private static final Map<String, String> CRITERIA = Map.of(MatchScoring.CAREER_AREA, "Career area", MatchScoring.SUPPORT_TYPE,
            "Support type", MatchScoring.LOCATION, "Same borough", MatchScoring.AVAILABILITY, "Availability");

    @Inject
    People people;

    @Inject
    Profiles profiles;

    @Inject
    Matches matches;

    @Inject
    Vetting vetting;

    @Inject
    ProgrammePlugins plugins;

    /**
     * A mentor a mentee may choose or ask, best first, with the score and why.
     *
     * @param mentorId their account id
     * @param name     their name
     * @param score    the pair's score under the owner's weights
     * @param why      how the score is made up, in words
     */
    public record Suggestion(String mentorId, String name, int score, String why) implements Serializable {
    }

    /** How many suggestions a mentee is shown. */
    public static final int SUGGESTIONS = 5;

    /**
     * The programme as matching sees it today: the mentees without a mentor whose profile is
     * finished, every mentor with their room left and whether they are vetted, the names of all,
     * and the mentees who cannot be considered yet.
     */
    private record Pool(List<MenteeProfile> mentees, List<MentorProfile> mentors, Map<String, String> names, List<Left> left,
                        MatchWeights weights, HardFilters filters) {
    }

    @RequiresRole(Roles.OWNER)
    public Proposal propose(LocalDate today) {
        Pool pool = pool(today, null);
        BulkProposal proposal = BulkMatcher.propose(pool.mentees(), pool.mentors(), pool.weights(), pool.filters());
        Map<String, String> names = pool.names();
        List<Left> left = new ArrayList<>(pool.left());
        List<Proposed> proposed = proposal.matches().stream().map(match -> new Proposed(match.menteeId(), names.get(match.menteeId()),
                match.mentorId(), names.get(match.mentorId()), match.breakdown().total(), why(match.breakdown()))).toList();
        proposal.unmatched().forEach(unmatched -> left.add(new Left(unmatched.menteeId(), names.get(unmatched.menteeId()),
                unmatched.reason().explanation())));
        List<MentorOption> options = pool.mentors().stream().filter(mentor -> mentor.vetted() && mentor.capacity() > 0)
                .map(mentor -> new MentorOption(mentor.id(), names.get(mentor.id())))
                .sorted(java.util.Comparator.comparing(MentorOption::name)).toList();
        return new Proposal(proposed, left, proposal.totalScore(), options);
    }

    /**
     * The mentors this mentee may choose or ask today, best score first, at most
     * {@link #SUGGESTIONS}: vetted, with room, keeping the owner's hard filters, and not among
     * {@code excluded} (mentors who already said no). Empty when the mentee has a mentor or has not
     * finished their profile.
     */
    public List<Suggestion> suggestionsFor(String menteeId, LocalDate today, Set<String> excluded) {
        Pool pool = pool(today, menteeId);
        if (pool.mentees().isEmpty()) {
            return List.of();
        }
        List<MentorProfile> open = pool.mentors().stream()
                .filter(mentor -> mentor.vetted() && mentor.capacity() > 0 && !excluded.contains(mentor.id())).toList();
        MatchScoring scoring = new MatchScoring(pool.mentees(), open, pool.weights(), pool.filters());
        List<Suggestion> suggestions = new ArrayList<>();
        for (int j = 0; j < open.size(); j++) {
            String mentorId = open.get(j).id();
            scoring.breakdown(0, j).ifPresent(breakdown -> suggestions.add(new Suggestion(mentorId, pool.names().get(mentorId),
                    breakdown.total(), why(breakdown))));
        }
        return suggestions.stream().sorted(java.util.Comparator.comparingInt(Suggestion::score).reversed()
                .thenComparing(Suggestion::name)).limit(SUGGESTIONS).toList();
    }

    /** @param onlyMentee when not null, the pool holds only this mentee (if they are waiting with a finished profile) */
    private Pool pool(LocalDate today, String onlyMentee) {
        PluginSettings settings = plugins.settings(MentoringPlugin.ID);
        MatchWeights weights = new MatchWeights(settings.integer(MentoringPlugin.WEIGHT_CAREER_AREA),
                settings.integer(MentoringPlugin.WEIGHT_SUPPORT_TYPE), settings.integer(MentoringPlugin.WEIGHT_LOCATION),
                settings.integer(MentoringPlugin.WEIGHT_AVAILABILITY), Map.of());
        HardFilters filters = new HardFilters(settings.flag(MentoringPlugin.MUST_SHARE_CAREER_AREA), settings.flag(MentoringPlugin.MUST_SHARE_BOROUGH));
        Map<String, String> names = new HashMap<>();
        List<Left> left = new ArrayList<>();
        Set<String> matched = onlyMentee == null ? matches.active().stream().map(Match::getMenteeId).collect(Collectors.toSet())
                : matches.activeForMentee(onlyMentee).map(Match::getMenteeId).stream().collect(Collectors.toSet());
        Map<String, Profile> menteeProfiles = onlyMentee == null ? profiles.allForMatching(MentoringPlugin.MENTEE)
                : profiles.forMatching(onlyMentee, MentoringPlugin.MENTEE).map(p -> Map.of(onlyMentee, p)).orElse(Map.of());
        Map<String, Profile> mentorProfiles = profiles.allForMatching(MentoringPlugin.MENTOR);

        List<MenteeProfile> mentees = new ArrayList<>();
        List<Person> menteePeople = onlyMentee == null ? people.withRole(MentoringPlugin.MENTEE)
                : people.find(onlyMentee).filter(p -> people.holds(onlyMentee, MentoringPlugin.MENTEE)).stream().toList();
        for (Person person : menteePeople) {
            names.put(person.accountId(), person.name());
            if (matched.contains(person.accountId())) {
                continue;
            }
            Profile p = menteeProfiles.get(person.accountId());
            if (p == null || !p.complete()) {
                left.add(new Left(person.accountId(), person.name(), "Their profile is not finished: no career area chosen yet."));
                continue;
            }
            mentees.add(new MenteeProfile(p.accountId(), p.careerAreas(), p.supportTypes(), p.borough(), p.availability(), Map.of()));
        }
        Map<String, Long> taken = matches.activeCountByMentor();
        List<Person> mentorPeople = people.withRole(MentoringPlugin.MENTOR);
        Set<String> vetted = vetting.vettedAmong(mentorPeople.stream().map(Person::accountId).toList(), today);
        List<MentorProfile> mentors = new ArrayList<>();
        for (Person person : mentorPeople) {
            names.put(person.accountId(), person.name());
            Profile p = mentorProfiles.getOrDefault(person.accountId(), new Profile(person.accountId(), MentoringPlugin.MENTOR, Set.of(),
                    Set.of(), Set.of(), null, null, 1));
            int room = (int) Math.max(0, p.capacity() - taken.getOrDefault(person.accountId(), 0L));
            mentors.add(new MentorProfile(p.accountId(), vetted.contains(p.accountId()), room, p.careerAreas(), p.supportTypes(),
                    p.borough(), p.availability(), Map.of()));
        }
        return new Pool(mentees, mentors, names, left, weights, filters);
    }

    /** "Career area 50, Support type 15 = 65". */
    static String why(ScoreBreakdown breakdown) {
        if (breakdown.criteria().isEmpty()) {
            return "No criterion scores: they are matched so that nobody waits.";
        }
        return breakdown.criteria().stream().map(c -> CRITERIA.getOrDefault(c.criterion(), c.criterion()) + " " + c.points())
                .collect(Collectors.joining(", ")) + " = " + breakdown.total();
    }
}
