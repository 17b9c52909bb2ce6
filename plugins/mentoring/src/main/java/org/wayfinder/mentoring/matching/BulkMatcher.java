package org.wayfinder.mentoring.matching;

import java.util.ArrayList;
import java.util.List;
import org.wayfinder.platform.spi.matching.MatchOptimiser;

/**
 * The owner's bulk proposal: scores every pair with their weights, keeps to their hard filters and
 * finds the assignment with the greatest total score that never gives a mentor more mentees than
 * their capacity ({@link MatchOptimiser}). Nothing is saved; the owner reviews the proposal first.
 */
public final class BulkMatcher {

    private BulkMatcher() {
    }

    public static BulkProposal propose(List<MenteeProfile> mentees, List<MentorProfile> mentors, MatchWeights weights, HardFilters filters) {
        MatchScoring scoring = new MatchScoring(mentees, mentors, weights, filters);
        int[] capacities = mentors.stream().mapToInt(MentorProfile::capacity).toArray();
        int[] mentorOf = MatchOptimiser.optimise(mentees.size(), capacities, scoring);
        List<BulkProposal.Match> matches = new ArrayList<>();
        List<BulkProposal.Unmatched> unmatched = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < mentees.size(); i++) {
            if (mentorOf[i] >= 0) {
                ScoreBreakdown breakdown = scoring.breakdown(i, mentorOf[i]).orElseThrow();
                matches.add(new BulkProposal.Match(mentees.get(i).id(), mentors.get(mentorOf[i]).id(), breakdown));
                total += breakdown.total();
            } else {
                unmatched.add(whyUnmatched(scoring, i, mentees.get(i).id(), mentors.size()));
            }
        }
        return new BulkProposal(matches, total, unmatched);
    }

    /**
     * The furthest any mentor gets through the hard filters with the mentee names the filter that
     * stopped them all ({@link BulkProposal.Reason} lists its values in the filters' order). When some
     * mentors pass them all, those mentors must be full: the optimiser never leaves a mentee
     * unmatched while a mentor they are allowed has room.
     */
    private static BulkProposal.Unmatched whyUnmatched(MatchScoring scoring, int mentee, String menteeId, int mentors) {
        int furthest = 0;
        int suitable = 0;
        for (int mentor = 0; mentor < mentors; mentor++) {
            int kept = scoring.filtersKept(mentee, mentor);
            furthest = Math.max(furthest, kept);
            if (kept == MatchScoring.ALL_FILTERS) {
                suitable++;
            }
        }
        return new BulkProposal.Unmatched(menteeId, BulkProposal.Reason.values()[furthest], suitable);
    }
}
