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
import org.wayfinder.mentoring.profile.Profiles;
import org.wayfinder.mentoring.profile.Profiles.Profile;
import org.wayfinder.mentoring.vetting.Vetting;
import org.wayfinder.platform.plugin.PluginActivations;
import org.wayfinder.platform.spi.People;
import org.wayfinder.platform.spi.People.Person;
import org.wayfinder.platform.spi.PluginSettings;
import org.wayfinder.platform.spi.RequiresRole;
import org.wayfinder.platform.spi.Roles;

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
    PluginActivations plugins;

    @RequiresRole(Roles.OWNER)
    public Proposal propose(LocalDate today) {
        PluginSettings settings = plugins.settings(MentoringPlugin.ID);
        MatchWeights weights = new MatchWeights(settings.integer(MentoringPlugin.WEIGHT_CAREER_AREA),
                settings.integer(MentoringPlugin.WEIGHT_SUPPORT_TYPE), settings.integer(MentoringPlugin.WEIGHT_LOCATION),
                settings.integer(MentoringPlugin.WEIGHT_AVAILABILITY), Map.of());
        HardFilters filters = new HardFilters(settings.flag(MentoringPlugin.MUST_SHARE_CAREER_AREA), settings.flag(MentoringPlugin.MUST_SHARE_BOROUGH));
        Map<String, String> names = new HashMap<>();
        List<Left> left = new ArrayList<>();
        List<Match> active = matches.active();
        Set<String> matched = active.stream().map(Match::getMenteeId).collect(Collectors.toSet());
        Map<String, Profile> menteeProfiles = profiles.allOf(MentoringPlugin.MENTEE);
        Map<String, Profile> mentorProfiles = profiles.allOf(MentoringPlugin.MENTOR);

        List<MenteeProfile> mentees = new ArrayList<>();
        for (Person person : people.withRole(MentoringPlugin.MENTEE)) {
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
        Map<String, Long> taken = active.stream().collect(Collectors.groupingBy(Match::getMentorId, Collectors.counting()));
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

        BulkProposal proposal = BulkMatcher.propose(mentees, mentors, weights, filters);
        List<Proposed> proposed = proposal.matches().stream().map(match -> new Proposed(match.menteeId(), names.get(match.menteeId()),
                match.mentorId(), names.get(match.mentorId()), match.breakdown().total(), why(match.breakdown()))).toList();
        proposal.unmatched().forEach(unmatched -> left.add(new Left(unmatched.menteeId(), names.get(unmatched.menteeId()),
                unmatched.reason().explanation())));
        List<MentorOption> options = mentors.stream().filter(mentor -> mentor.vetted() && mentor.capacity() > 0)
                .map(mentor -> new MentorOption(mentor.id(), names.get(mentor.id())))
                .sorted(java.util.Comparator.comparing(MentorOption::name)).toList();
        return new Proposal(proposed, left, proposal.totalScore(), options);
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
