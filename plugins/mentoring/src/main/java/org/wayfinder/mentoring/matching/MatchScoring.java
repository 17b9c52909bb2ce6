package org.wayfinder.mentoring.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.wayfinder.platform.spi.matching.PairScores;

/**
 * Scores the pairs of one bulk proposal with the owner's weights and hard filters. Each criterion
 * has a fit from 0 to {@link #FULL_FIT}, and earns {@code weight * fit} points:
 * <ul>
 *   <li>career area, support type, availability: the share of the mentee's choices the mentor also
 *       has, rounded down (a mentee who chose nursing and midwifery fits a nurse at 5);</li>
 *   <li>location: {@link #FULL_FIT} when both are in the same borough, else 0;</li>
 *   <li>another profile question: {@link #FULL_FIT} when both gave the same answer, else 0.</li>
 * </ul>
 * Measuring against what the mentee asked for, not what the mentor offers, means a mentor who
 * covers everything a mentee wants fits fully, however much else they offer.
 *
 * <p>Built once for all the mentees and mentors of a proposal: every profile's choices become
 * bits, so that {@link #score(int, int)} works a pair out in about ten nanoseconds and the optimiser can
 * ask for all ten or twenty million pairs without anything being stored per pair.
 */
public final class MatchScoring implements PairScores {

    public static final String CAREER_AREA = "career-area";
    public static final String SUPPORT_TYPE = "support-type";
    public static final String LOCATION = "location";
    public static final String AVAILABILITY = "availability";
    public static final int FULL_FIT = 10;

    /** {@link #filtersKept} for a pair that keeps them all. */
    static final int ALL_FILTERS = 3;

    private final MatchWeights weights;
    private final HardFilters filters;
    private final boolean[] vetted;
    private final Choices careerAreas;
    private final Choices supportTypes;
    private final Choices availability;
    private final Answers borough;
    private final List<String> otherFields;
    private final int[] otherWeights;
    private final Answers[] otherAnswers;

    public MatchScoring(List<MenteeProfile> mentees, List<MentorProfile> mentors, MatchWeights weights, HardFilters filters) {
        this.weights = weights;
        this.filters = filters;
        this.vetted = new boolean[mentors.size()];
        for (int j = 0; j < mentors.size(); j++) {
            vetted[j] = mentors.get(j).vetted();
        }
        careerAreas = new Choices(mentees, mentors, MenteeProfile::careerAreas, MentorProfile::careerAreas, weights.careerArea());
        supportTypes = new Choices(mentees, mentors, MenteeProfile::supportTypes, MentorProfile::supportTypes, weights.supportType());
        availability = new Choices(mentees, mentors, MenteeProfile::availability, MentorProfile::availability, weights.availability());
        borough = new Answers(mentees, mentors, MenteeProfile::borough, MentorProfile::borough);
        otherFields = weights.otherAnswers().entrySet().stream().filter(weight -> weight.getValue() > 0)
                .map(Map.Entry::getKey).sorted().toList();
        otherWeights = otherFields.stream().mapToInt(field -> weights.otherAnswers().get(field)).toArray();
        otherAnswers = otherFields.stream().map(field -> new Answers(mentees, mentors,
                mentee -> mentee.otherAnswers().get(field), mentor -> mentor.otherAnswers().get(field))).toArray(Answers[]::new);
    }

    /** A pair's score, computed afresh; {@link #NOT_ALLOWED} when it breaks a hard filter. */
    @Override
    public int score(int mentee, int mentor) {
        if (filtersKept(mentee, mentor) < ALL_FILTERS) {
            return NOT_ALLOWED;
        }
        int total = careerAreas.points(mentee, mentor) + supportTypes.points(mentee, mentor) + availability.points(mentee, mentor)
                + weights.location() * borough.fit(mentee, mentor);
        for (int f = 0; f < otherAnswers.length; f++) {
            total += otherWeights[f] * otherAnswers[f].fit(mentee, mentor);
        }
        return total;
    }

    /** Why a pair scores what it does; empty when it breaks a hard filter. */
    public Optional<ScoreBreakdown> breakdown(int mentee, int mentor) {
        if (filtersKept(mentee, mentor) < ALL_FILTERS) {
            return Optional.empty();
        }
        List<ScoreBreakdown.CriterionScore> criteria = new ArrayList<>();
        add(criteria, CAREER_AREA, careerAreas.fit(mentee, mentor), weights.careerArea());
        add(criteria, SUPPORT_TYPE, supportTypes.fit(mentee, mentor), weights.supportType());
        add(criteria, LOCATION, borough.fit(mentee, mentor), weights.location());
        add(criteria, AVAILABILITY, availability.fit(mentee, mentor), weights.availability());
        for (int f = 0; f < otherFields.size(); f++) {
            add(criteria, otherFields.get(f), otherAnswers[f].fit(mentee, mentor), otherWeights[f]);
        }
        return Optional.of(new ScoreBreakdown(criteria, criteria.stream().mapToInt(ScoreBreakdown.CriterionScore::points).sum()));
    }

    private static void add(List<ScoreBreakdown.CriterionScore> criteria, String criterion, int fit, int weight) {
        if (weight > 0) {
            criteria.add(new ScoreBreakdown.CriterionScore(criterion, fit, weight, weight * fit));
        }
    }

    /**
     * How many hard filters the pair keeps before it breaks one, taking them in the order vetted,
     * shared career area, same borough; {@link #ALL_FILTERS} when it keeps every one. The furthest
     * any mentor gets with a mentee says which filter left the mentee without a mentor.
     */
    int filtersKept(int mentee, int mentor) {
        if (!vetted[mentor]) {
            return 0;
        }
        if (filters.shareCareerArea() && careerAreas.shared(mentee, mentor) == 0) {
            return 1;
        }
        if (filters.sameBorough() && borough.fit(mentee, mentor) == 0) {
            return 2;
        }
        return ALL_FILTERS;
    }

    private static int fit(int shared, int wanted) {
        return wanted == 0 ? 0 : FULL_FIT * shared / wanted;
    }

    /**
     * One multiple-choice criterion. Each option a mentee chose gets a bit; a profile's choices are a
     * row of {@code words} longs, and options no mentee chose are left out, as they cannot score.
     * The points for every (chosen, shared) count are worked out in advance, so scoring a pair is a
     * few ANDs, bit counts and one table look-up.
     */
    private static final class Choices {

        private final int words;
        private final long[] menteeBits;
        private final long[] mentorBits;
        private final int[] chosen;
        private final int stride;
        private final int[] points;

        Choices(List<MenteeProfile> mentees, List<MentorProfile> mentors, Function<MenteeProfile, Set<String>> menteeChoices,
                Function<MentorProfile, Set<String>> mentorChoices, int weight) {
            Map<String, Integer> bits = new HashMap<>();
            mentees.forEach(mentee -> menteeChoices.apply(mentee).forEach(option -> bits.putIfAbsent(option, bits.size())));
            words = Math.max(1, (bits.size() + 63) / 64);
            menteeBits = new long[mentees.size() * words];
            mentorBits = new long[mentors.size() * words];
            chosen = new int[mentees.size()];
            for (int i = 0; i < mentees.size(); i++) {
                Set<String> options = menteeChoices.apply(mentees.get(i));
                set(menteeBits, i, options, bits);
                chosen[i] = options.size();
            }
            for (int j = 0; j < mentors.size(); j++) {
                set(mentorBits, j, mentorChoices.apply(mentors.get(j)), bits);
            }
            stride = bits.size() + 1;
            points = new int[stride * stride];
            for (int wanted = 0; wanted < stride; wanted++) {
                for (int shared = 0; shared <= wanted; shared++) {
                    points[wanted * stride + shared] = weight * MatchScoring.fit(shared, wanted);
                }
            }
        }

        private void set(long[] rows, int row, Set<String> options, Map<String, Integer> bits) {
            for (String option : options) {
                Integer bit = bits.get(option);
                if (bit != null) {
                    rows[row * words + bit / 64] |= 1L << (bit % 64);
                }
            }
        }

        int shared(int mentee, int mentor) {
            if (words == 1) {
                return Long.bitCount(menteeBits[mentee] & mentorBits[mentor]);
            }
            int shared = 0;
            for (int w = 0; w < words; w++) {
                shared += Long.bitCount(menteeBits[mentee * words + w] & mentorBits[mentor * words + w]);
            }
            return shared;
        }

        int fit(int mentee, int mentor) {
            return MatchScoring.fit(shared(mentee, mentor), chosen[mentee]);
        }

        int points(int mentee, int mentor) {
            return points[chosen[mentee] * stride + shared(mentee, mentor)];
        }
    }

    /** One single answer, such as a borough: each answer a mentee gave gets a number, none is -1. */
    private static final class Answers {

        private final int[] mentee;
        private final int[] mentor;

        Answers(List<MenteeProfile> mentees, List<MentorProfile> mentors, Function<MenteeProfile, String> menteeAnswer,
                Function<MentorProfile, String> mentorAnswer) {
            Map<String, Integer> numbers = new HashMap<>();
            mentee = mentees.stream().map(menteeAnswer)
                    .mapToInt(answer -> answer == null ? -1 : numbers.computeIfAbsent(answer, a -> numbers.size())).toArray();
            mentor = mentors.stream().map(mentorAnswer)
                    .mapToInt(answer -> answer == null ? -1 : numbers.getOrDefault(answer, -1)).toArray();
        }

        int fit(int mentee, int mentor) {
            return this.mentee[mentee] >= 0 && this.mentee[mentee] == this.mentor[mentor] ? FULL_FIT : 0;
        }
    }
}
