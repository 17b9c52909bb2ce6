package org.wayfinder.mentoring.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Made-up mentees and mentors shaped like a large programme's, for the tests and the benchmark: 10
 * career areas, 6 support types, 30 boroughs, 14 times to meet, a yes-no question, mentors taking 1
 * to 5 mentees and a few of them not vetted yet. The same seed gives the same people.
 */
final class RandomProgramme {

    static final List<String> CAREER_AREAS = List.of("nursing", "medicine", "midwifery", "paramedic", "allied-health",
            "pharmacy", "healthcare-science", "non-clinical", "dentistry", "mental-health");
    static final List<String> SUPPORT_TYPES = List.of("careers-advice", "ucas", "personal-statement", "interview",
            "work-experience", "apprenticeships");
    static final List<String> BOROUGHS = numbered("borough-", 30);
    static final List<String> TIMES = numbered("slot-", 14);
    static final String FIRST_IN_FAMILY = "first-in-family";

    /** The weights the benchmark and the larger tests use. */
    static final MatchWeights WEIGHTS = new MatchWeights(8, 5, 3, 4, Map.of(FIRST_IN_FAMILY, 2));

    private final Random random;

    RandomProgramme(long seed) {
        random = new Random(seed);
    }

    List<MenteeProfile> mentees(int count) {
        List<MenteeProfile> mentees = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            mentees.add(new MenteeProfile("mentee-" + i, some(CAREER_AREAS, 1, 3), some(SUPPORT_TYPES, 1, 3), one(BOROUGHS),
                    some(TIMES, 2, 6), Map.of(FIRST_IN_FAMILY, random.nextBoolean() ? "yes" : "no")));
        }
        return mentees;
    }

    List<MentorProfile> mentors(int count) {
        List<MentorProfile> mentors = new ArrayList<>();
        for (int j = 0; j < count; j++) {
            mentors.add(new MentorProfile("mentor-" + j, random.nextInt(100) >= 3, 1 + random.nextInt(5), some(CAREER_AREAS, 1, 3),
                    some(SUPPORT_TYPES, 2, 5), one(BOROUGHS), some(TIMES, 3, 8), Map.of(FIRST_IN_FAMILY, random.nextBoolean() ? "yes" : "no")));
        }
        return mentors;
    }

    private Set<String> some(List<String> options, int fewest, int most) {
        int count = fewest + random.nextInt(most - fewest + 1);
        Set<String> chosen = new HashSet<>();
        while (chosen.size() < count) {
            chosen.add(one(options));
        }
        return chosen;
    }

    private String one(List<String> options) {
        return options.get(random.nextInt(options.size()));
    }

    private static List<String> numbered(String prefix, int count) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            names.add(prefix + i);
        }
        return names;
    }
}
