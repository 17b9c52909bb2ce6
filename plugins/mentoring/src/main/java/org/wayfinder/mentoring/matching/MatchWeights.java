package org.wayfinder.mentoring.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.wayfinder.platform.spi.FieldError;
import org.wayfinder.platform.spi.InvalidInputException;

/**
 * How much the owner cares about each criterion, from 0 (ignore it) to {@link #MAX}. Weights are whole
 * numbers so that every score is a whole number: the optimiser can then find the best proposal
 * exactly, and a score breakdown adds up to its total with no rounding to explain.
 *
 * @param careerArea   the mentor knows the careers the mentee chose
 * @param supportType  the mentor can give the help the mentee asked for
 * @param location     the mentor is in the mentee's borough
 * @param availability the mentor can meet at the times the mentee can
 * @param otherAnswers other profile questions, by field id: the pair scores when both gave the same answer
 */
public record MatchWeights(int careerArea, int supportType, int location, int availability, Map<String, Integer> otherAnswers) {

    public static final int MAX = 10;

    public MatchWeights {
        otherAnswers = Map.copyOf(otherAnswers);
        List<FieldError> errors = new ArrayList<>();
        check("careerArea", careerArea, errors);
        check("supportType", supportType, errors);
        check("location", location, errors);
        check("availability", availability, errors);
        otherAnswers.forEach((field, weight) -> check("otherAnswers." + field, weight, errors));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static void check(String field, int weight, List<FieldError> errors) {
        if (weight < 0 || weight > MAX) {
            errors.add(new FieldError(field, "A weight is a whole number from 0 to " + MAX + "."));
        }
    }
}
