package org.wayfinder.mentoring.matching;

import java.util.List;

/**
 * Why a pair scores what it does, so that every suggestion can show it: each criterion the owner
 * weighs, how well the pair fits on it and the points that earns. The points add up to the total.
 *
 * @param criteria the criteria with a weight above zero, in a fixed order
 * @param total    the sum of their points
 */
public record ScoreBreakdown(List<CriterionScore> criteria, int total) {

    public ScoreBreakdown {
        criteria = List.copyOf(criteria);
    }

    /**
     * One criterion's part in a score: {@code points = weight * fit}.
     *
     * @param criterion {@link MatchScoring#CAREER_AREA}, {@link MatchScoring#SUPPORT_TYPE},
     *                  {@link MatchScoring#LOCATION}, {@link MatchScoring#AVAILABILITY} or the field id
     *                  of another profile question
     * @param fit       how well the pair fits on it, from 0 to {@link MatchScoring#FULL_FIT}: for a set
     *                  of choices the share of the mentee's choices the mentor also has, rounded down
     * @param weight    the owner's weight for it
     * @param points    what it adds to the total
     */
    public record CriterionScore(String criterion, int fit, int weight, int points) {
    }
}
