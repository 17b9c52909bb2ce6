package org.wayfinder.mentoring.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wayfinder.mentoring.matching.ScoreBreakdown.CriterionScore;
import org.wayfinder.platform.spi.FieldError;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.matching.PairScores;

class MatchScoringTest {

    private static final MatchWeights WEIGHTS = new MatchWeights(5, 3, 2, 4, Map.of("first-in-family", 1));

    private static final MenteeProfile AMIRA = new MenteeProfile("amira", Set.of("nursing", "midwifery"),
            Set.of("ucas", "interview", "personal-statement"), "hackney",
            Set.of("mon-evening", "wed-evening", "sat-morning", "sun-morning"), Map.of("first-in-family", "yes"));

    private static final MentorProfile GRACE = new MentorProfile("grace", true, 2, Set.of("midwifery", "medicine"),
            Set.of("ucas", "interview"), "hackney", Set.of("mon-evening", "sat-morning", "sun-morning", "tue-evening"),
            Map.of("first-in-family", "yes"));

    private static MatchScoring scoring(MenteeProfile mentee, MentorProfile mentor, MatchWeights weights, HardFilters filters) {
        return new MatchScoring(List.of(mentee), List.of(mentor), weights, filters);
    }

    private static MentorProfile grace(boolean vetted, Set<String> careerAreas, String borough, String firstInFamily) {
        return new MentorProfile("grace", vetted, 2, careerAreas, GRACE.supportTypes(), borough, GRACE.availability(),
                firstInFamily == null ? Map.of() : Map.of("first-in-family", firstInFamily));
    }

    @Test
    void aPairsBreakdownShowsEachCriterionsFitWeightAndPointsAndAddsUpToItsScore() {
        MatchScoring scoring = scoring(AMIRA, GRACE, WEIGHTS, HardFilters.NONE);

        ScoreBreakdown breakdown = scoring.breakdown(0, 0).orElseThrow();

        assertThat(breakdown.criteria()).containsExactly(
                new CriterionScore(MatchScoring.CAREER_AREA, 5, 5, 25),
                new CriterionScore(MatchScoring.SUPPORT_TYPE, 6, 3, 18),
                new CriterionScore(MatchScoring.LOCATION, 10, 2, 20),
                new CriterionScore(MatchScoring.AVAILABILITY, 7, 4, 28),
                new CriterionScore("first-in-family", 10, 1, 10));
        assertThat(breakdown.total()).isEqualTo(101);
        assertThat(scoring.score(0, 0)).isEqualTo(101);
    }

    @Test
    void aWeightOfZeroLeavesItsCriterionOutOfTheScore() {
        MatchWeights onlyCareers = new MatchWeights(5, 0, 0, 0, Map.of("first-in-family", 0));

        ScoreBreakdown breakdown = scoring(AMIRA, GRACE, onlyCareers, HardFilters.NONE).breakdown(0, 0).orElseThrow();

        assertThat(breakdown.criteria()).containsExactly(new CriterionScore(MatchScoring.CAREER_AREA, 5, 5, 25));
        assertThat(breakdown.total()).isEqualTo(25);
    }

    @Test
    void anotherProfileQuestionScoresOnlyWhenBothGaveTheSameAnswer() {
        MatchWeights onlyFirstInFamily = new MatchWeights(0, 0, 0, 0, Map.of("first-in-family", 3));

        assertThat(scoring(AMIRA, grace(true, Set.of("nursing"), "hackney", "yes"), onlyFirstInFamily, HardFilters.NONE).score(0, 0)).isEqualTo(30);
        assertThat(scoring(AMIRA, grace(true, Set.of("nursing"), "hackney", "no"), onlyFirstInFamily, HardFilters.NONE).score(0, 0)).isZero();
        assertThat(scoring(AMIRA, grace(true, Set.of("nursing"), "hackney", null), onlyFirstInFamily, HardFilters.NONE).score(0, 0)).isZero();
    }

    @Test
    void aMentorWhoIsNotVettedIsNeverAllowedWhateverTheFilters() {
        MatchScoring scoring = scoring(AMIRA, grace(false, Set.of("nursing"), "hackney", "yes"), WEIGHTS, HardFilters.NONE);

        assertThat(scoring.score(0, 0)).isEqualTo(PairScores.NOT_ALLOWED);
        assertThat(scoring.breakdown(0, 0)).isEmpty();
    }

    @Test
    void theCareerAreaAndBoroughFiltersRuleOutPairsOnlyWhenSwitchedOn() {
        MentorProfile pharmacistInCamden = grace(true, Set.of("pharmacy"), "camden", "yes");
        MentorProfile nurseInCamden = grace(true, Set.of("nursing"), "camden", "yes");

        assertThat(scoring(AMIRA, pharmacistInCamden, WEIGHTS, HardFilters.NONE).score(0, 0)).isPositive();
        assertThat(scoring(AMIRA, pharmacistInCamden, WEIGHTS, new HardFilters(true, false)).score(0, 0)).isEqualTo(PairScores.NOT_ALLOWED);
        assertThat(scoring(AMIRA, nurseInCamden, WEIGHTS, new HardFilters(true, false)).score(0, 0)).isPositive();
        assertThat(scoring(AMIRA, nurseInCamden, WEIGHTS, new HardFilters(false, true)).score(0, 0)).isEqualTo(PairScores.NOT_ALLOWED);
        assertThat(scoring(AMIRA, GRACE, WEIGHTS, new HardFilters(true, true)).score(0, 0)).isEqualTo(101);
    }

    @Test
    void theScoreTheOptimiserUsesIsAlwaysTheBreakdownsTotal() {
        Random random = new Random(3);
        List<String> hours = RandomProgramme.TIMES.stream().flatMap(day -> List.of(day + "-9", day + "-13", day + "-17", day + "-19", day + "-20").stream()).toList();
        RandomProgramme programme = new RandomProgramme(3);
        List<MenteeProfile> mentees = programme.mentees(200).stream().map(mentee -> new MenteeProfile(mentee.id(), mentee.careerAreas(),
                mentee.supportTypes(), mentee.borough(), some(hours, random), mentee.otherAnswers())).toList();
        List<MentorProfile> mentors = programme.mentors(50).stream().map(mentor -> new MentorProfile(mentor.id(), mentor.vetted(),
                mentor.capacity(), mentor.careerAreas(), mentor.supportTypes(), mentor.borough(), some(hours, random), mentor.otherAnswers())).toList();

        for (HardFilters filters : List.of(HardFilters.NONE, new HardFilters(true, false), new HardFilters(true, true))) {
            MatchScoring scoring = new MatchScoring(mentees, mentors, RandomProgramme.WEIGHTS, filters);
            for (int i = 0; i < mentees.size(); i++) {
                for (int j = 0; j < mentors.size(); j++) {
                    assertThat(scoring.score(i, j)).isEqualTo(scoring.breakdown(i, j).map(ScoreBreakdown::total).orElse(PairScores.NOT_ALLOWED));
                }
            }
        }
    }

    /** Many of 70 hours in a week, so that a profile's times take more than one long of bits. */
    private static Set<String> some(List<String> hours, Random random) {
        Set<String> chosen = new HashSet<>();
        for (int k = random.nextInt(20); k >= 0; k--) {
            chosen.add(hours.get(random.nextInt(hours.size())));
        }
        return chosen;
    }

    @Test
    void weightsOutsideZeroToTenAreRefusedNamingEachOne() {
        assertThatThrownBy(() -> new MatchWeights(11, 3, -1, 4, Map.of("first-in-family", 12)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.errors()).extracting(FieldError::field)
                        .containsExactly("careerArea", "location", "otherAnswers.first-in-family"));
    }
}
