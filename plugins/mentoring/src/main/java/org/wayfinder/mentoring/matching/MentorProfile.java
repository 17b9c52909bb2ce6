package org.wayfinder.mentoring.matching;

import java.util.Map;
import java.util.Set;

/**
 * What a mentor told us in their profile forms, with what the team decided about them.
 *
 * @param id           the mentor's id, handed back in the proposal
 * @param vetted       whether the team has finished their checks; an unvetted mentor is never proposed
 * @param capacity     how many more mentees they can take now (their limit less those they already mentor)
 * @param careerAreas  the careers they can talk about
 * @param supportTypes what they can help with
 * @param borough      where they are based; null when not given
 * @param availability the times they can meet
 * @param otherAnswers their answers to other profile questions the owner may weigh, by field id
 */
public record MentorProfile(String id, boolean vetted, int capacity, Set<String> careerAreas, Set<String> supportTypes,
                            String borough, Set<String> availability, Map<String, String> otherAnswers) {

    public MentorProfile {
        if (capacity < 0) {
            throw new IllegalArgumentException("A mentor's capacity cannot be negative: " + capacity);
        }
        careerAreas = Set.copyOf(careerAreas);
        supportTypes = Set.copyOf(supportTypes);
        availability = Set.copyOf(availability);
        otherAnswers = Map.copyOf(otherAnswers);
    }
}
