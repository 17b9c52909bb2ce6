package org.wayfinder.mentoring.matching;

import java.util.List;

/**
 * What a bulk match proposes, for the owner to review before anything is confirmed: the best
 * assignment there is under their weights and hard filters, and who is left out and why.
 *
 * @param matches    the proposed pairs, by mentee in the order given
 * @param totalScore the sum of their scores, the greatest any assignment can reach
 * @param unmatched  the mentees without a mentor, in the order given
 */
public record BulkProposal(List<Match> matches, long totalScore, List<Unmatched> unmatched) {

    public BulkProposal {
        matches = List.copyOf(matches);
        unmatched = List.copyOf(unmatched);
    }

    /** A proposed pair, with why it scores what it does. */
    public record Match(String menteeId, String mentorId, ScoreBreakdown breakdown) {
    }

    /**
     * A mentee the proposal leaves without a mentor.
     *
     * @param suitableMentors how many mentors the hard filters allow for them
     */
    public record Unmatched(String menteeId, Reason reason, int suitableMentors) {
    }

    /**
     * Why a mentee has no mentor. The first three name the hard filter no mentor got past, in the
     * order the filters are checked; the owner can recruit for it or relax it.
     */
    public enum Reason {
        NO_VETTED_MENTOR("No mentor has been vetted yet."),
        NO_SHARED_CAREER_AREA("No vetted mentor knows any of the careers they chose."),
        NO_MENTOR_IN_BOROUGH("No vetted mentor who could otherwise match them is in their borough."),
        EVERY_SUITABLE_MENTOR_FULL("Every suitable mentor is full: more mentees than places, and the others scored higher.");

        private final String explanation;

        Reason(String explanation) {
            this.explanation = explanation;
        }

        public String explanation() {
            return explanation;
        }
    }
}
