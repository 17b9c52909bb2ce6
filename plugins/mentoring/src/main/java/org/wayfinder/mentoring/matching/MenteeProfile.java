package org.wayfinder.mentoring.matching;

import java.util.Map;
import java.util.Set;

/**
 * What a mentee told us in their profile forms, as matching needs it. The values are the option
 * values of the forms ({@code "nursing"}, {@code "ucas"}), so a mentee and a mentor who chose the
 * same option have the same string.
 *
 * @param id           the mentee's id, handed back in the proposal
 * @param careerAreas  the careers they would like to know more about
 * @param supportTypes what they would like help with
 * @param borough      where they live or study; null when not given
 * @param availability the times they can meet (the availability options they ticked)
 * @param otherAnswers their answers to other profile questions the owner may weigh, by field id
 */
public record MenteeProfile(String id, Set<String> careerAreas, Set<String> supportTypes, String borough,
                            Set<String> availability, Map<String, String> otherAnswers) {

    public MenteeProfile {
        careerAreas = Set.copyOf(careerAreas);
        supportTypes = Set.copyOf(supportTypes);
        availability = Set.copyOf(availability);
        otherAnswers = Map.copyOf(otherAnswers);
    }
}
