package org.wayfinder.mentoring.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.wayfinder.mentoring.matching.BulkProposal.Reason;

class BulkMatcherTest {

    private static final MatchWeights CAREERS_ONLY = new MatchWeights(10, 0, 0, 0, Map.of());
    private static final HardFilters CAREER_AND_BOROUGH = new HardFilters(true, true);

    private static MenteeProfile mentee(String id, String careerArea, String borough) {
        return new MenteeProfile(id, Set.of(careerArea), Set.of("ucas"), borough, Set.of("mon-evening"), Map.of());
    }

    private static MentorProfile mentor(String id, boolean vetted, int capacity, String careerArea, String borough) {
        return new MentorProfile(id, vetted, capacity, Set.of(careerArea), Set.of("ucas"), borough, Set.of("mon-evening"), Map.of());
    }

    private static Map<String, Integer> menteesPerMentor(BulkProposal proposal) {
        return proposal.matches().stream().collect(Collectors.groupingBy(BulkProposal.Match::mentorId, Collectors.summingInt(match -> 1)));
    }

    private static Map<String, BulkProposal.Unmatched> unmatchedById(BulkProposal proposal) {
        return proposal.unmatched().stream().collect(Collectors.toMap(BulkProposal.Unmatched::menteeId, Function.identity()));
    }

    @Test
    void matchingNeverExceedsMentorCapacity() {
        for (int seed = 1; seed <= 4; seed++) {
            RandomProgramme programme = new RandomProgramme(seed);
            List<MenteeProfile> mentees = programme.mentees(1500);
            List<MentorProfile> mentors = programme.mentors(300);

            BulkProposal proposal = BulkMatcher.propose(mentees, mentors, RandomProgramme.WEIGHTS, new HardFilters(true, false));

            Map<String, Integer> load = menteesPerMentor(proposal);
            assertThat(mentors).allSatisfy(mentor -> assertThat(load.getOrDefault(mentor.id(), 0)).as(mentor.id()).isLessThanOrEqualTo(mentor.capacity()));
            assertThat(proposal.matches()).extracting(BulkProposal.Match::menteeId).doesNotHaveDuplicates();
            assertThat(proposal.matches().size() + proposal.unmatched().size()).isEqualTo(mentees.size());
        }
    }

    @Test
    void hardFiltersAreNeverBroken() {
        RandomProgramme programme = new RandomProgramme(5);
        List<MenteeProfile> mentees = programme.mentees(1500);
        List<MentorProfile> mentors = programme.mentors(300);
        Map<String, MenteeProfile> menteeById = mentees.stream().collect(Collectors.toMap(MenteeProfile::id, Function.identity()));
        Map<String, MentorProfile> mentorById = mentors.stream().collect(Collectors.toMap(MentorProfile::id, Function.identity()));

        for (HardFilters filters : List.of(HardFilters.NONE, new HardFilters(true, false), new HardFilters(false, true), CAREER_AND_BOROUGH)) {
            BulkProposal proposal = BulkMatcher.propose(mentees, mentors, RandomProgramme.WEIGHTS, filters);

            assertThat(proposal.matches()).isNotEmpty().allSatisfy(match -> {
                MenteeProfile mentee = menteeById.get(match.menteeId());
                MentorProfile mentor = mentorById.get(match.mentorId());
                assertThat(mentor.vetted()).as("%s is vetted", mentor.id()).isTrue();
                if (filters.shareCareerArea()) {
                    assertThat(mentor.careerAreas()).as("%s's careers", mentor.id()).containsAnyElementsOf(mentee.careerAreas());
                }
                if (filters.sameBorough()) {
                    assertThat(mentor.borough()).isEqualTo(mentee.borough());
                }
            });
        }
    }

    @Test
    void everyMatchShowsItsBreakdownAndTheTotalIsTheirSum() {
        RandomProgramme programme = new RandomProgramme(6);
        List<MenteeProfile> mentees = programme.mentees(400);
        List<MentorProfile> mentors = programme.mentors(80);

        BulkProposal proposal = BulkMatcher.propose(mentees, mentors, RandomProgramme.WEIGHTS, new HardFilters(true, false));

        assertThat(proposal.matches()).allSatisfy(match -> assertThat(match.breakdown().criteria())
                .extracting(ScoreBreakdown.CriterionScore::criterion)
                .containsExactly(MatchScoring.CAREER_AREA, MatchScoring.SUPPORT_TYPE, MatchScoring.LOCATION, MatchScoring.AVAILABILITY,
                        RandomProgramme.FIRST_IN_FAMILY));
        assertThat(proposal.totalScore()).isEqualTo(proposal.matches().stream().mapToLong(match -> match.breakdown().total()).sum());
    }

    @Test
    void theProposalTakesTheBestTotalNotEachMenteesFavourite() {
        List<MenteeProfile> mentees = List.of(
                new MenteeProfile("both", Set.of("nursing", "medicine"), Set.of(), null, Set.of(), Map.of()),
                new MenteeProfile("nurse", Set.of("nursing"), Set.of(), null, Set.of(), Map.of()));
        List<MentorProfile> mentors = List.of(
                new MentorProfile("nurse-and-doctor", true, 1, Set.of("nursing", "medicine"), Set.of(), null, Set.of(), Map.of()),
                new MentorProfile("doctor", true, 1, Set.of("medicine"), Set.of(), null, Set.of(), Map.of()));

        BulkProposal proposal = BulkMatcher.propose(mentees, mentors, CAREERS_ONLY, new HardFilters(true, false));

        assertThat(proposal.matches()).extracting(match -> match.menteeId() + " with " + match.mentorId())
                .containsExactly("both with doctor", "nurse with nurse-and-doctor");
        assertThat(proposal.totalScore()).as("50 + 100, where \"both\" taking their favourite would give 100 alone").isEqualTo(150);
        assertThat(proposal.unmatched()).isEmpty();
    }

    @Test
    void unmatchedMenteesAreToldWhichHardFilterLeftThemWithoutAMentor() {
        List<MentorProfile> mentors = List.of(
                mentor("unvetted-nurse-in-hackney", false, 3, "nursing", "hackney"),
                mentor("nurse-in-camden", true, 3, "nursing", "camden"),
                mentor("doctor-in-camden", true, 1, "medicine", "camden"));
        List<MenteeProfile> mentees = List.of(
                mentee("wants-pharmacy", "pharmacy", "camden"),
                mentee("nurse-in-hackney", "nursing", "hackney"),
                mentee("doctor-free-on-mondays", "medicine", "camden"),
                new MenteeProfile("doctor-free-on-saturdays", Set.of("medicine"), Set.of("ucas"), "camden", Set.of("sat-morning"), Map.of()));
        MatchWeights careersAndAvailability = new MatchWeights(10, 0, 0, 5, Map.of());

        Map<String, BulkProposal.Unmatched> unmatched = unmatchedById(BulkMatcher.propose(mentees, mentors, careersAndAvailability, CAREER_AND_BOROUGH));

        assertThat(unmatched).containsOnlyKeys("wants-pharmacy", "nurse-in-hackney", "doctor-free-on-saturdays");
        assertThat(unmatched.get("wants-pharmacy").reason()).isEqualTo(Reason.NO_SHARED_CAREER_AREA);
        assertThat(unmatched.get("nurse-in-hackney").reason()).isEqualTo(Reason.NO_MENTOR_IN_BOROUGH);
        assertThat(unmatched.get("doctor-free-on-saturdays"))
                .isEqualTo(new BulkProposal.Unmatched("doctor-free-on-saturdays", Reason.EVERY_SUITABLE_MENTOR_FULL, 1));
    }

    @Test
    void withNoMentorVettedYetEveryMenteeIsToldSo() {
        List<MentorProfile> mentors = List.of(mentor("unvetted", false, 5, "nursing", "hackney"));
        List<MenteeProfile> mentees = List.of(mentee("amira", "nursing", "hackney"));

        BulkProposal proposal = BulkMatcher.propose(mentees, mentors, CAREERS_ONLY, HardFilters.NONE);

        assertThat(proposal.matches()).isEmpty();
        assertThat(proposal.unmatched()).containsExactly(new BulkProposal.Unmatched("amira", Reason.NO_VETTED_MENTOR, 0));
    }

    @Test
    void noMenteeIsLeftWaitingWhileASuitableMentorHasRoom() {
        RandomProgramme programme = new RandomProgramme(8);
        List<MenteeProfile> mentees = programme.mentees(1200);
        List<MentorProfile> mentors = programme.mentors(300);

        BulkProposal proposal = BulkMatcher.propose(mentees, mentors, RandomProgramme.WEIGHTS, CAREER_AND_BOROUGH);

        Map<String, Integer> load = new HashMap<>(menteesPerMentor(proposal));
        long mentorsWithRoom = mentors.stream().filter(mentor -> mentor.vetted() && load.getOrDefault(mentor.id(), 0) < mentor.capacity()).count();
        assertThat(mentorsWithRoom).as("the instance leaves some room").isPositive();
        assertThat(proposal.unmatched()).isNotEmpty().allSatisfy(waiting -> {
            MenteeProfile mentee = mentees.stream().filter(m -> m.id().equals(waiting.menteeId())).findFirst().orElseThrow();
            assertThat(mentors).noneMatch(mentor -> mentor.vetted() && mentor.borough().equals(mentee.borough())
                    && mentor.careerAreas().stream().anyMatch(mentee.careerAreas()::contains)
                    && load.getOrDefault(mentor.id(), 0) < mentor.capacity());
        });
    }
}
