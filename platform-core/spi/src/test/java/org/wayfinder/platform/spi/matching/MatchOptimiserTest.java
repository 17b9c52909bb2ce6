package org.wayfinder.platform.spi.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MatchOptimiserTest {

    private static final int X = PairScores.NOT_ALLOWED;

    /** Scores by [mentee][mentor]. */
    private static PairScores table(int[][] scores) {
        return (mentee, mentor) -> scores[mentee][mentor];
    }

    private static int[][] randomScores(Random random, int mentees, int mentors, int topScore) {
        int[][] scores = new int[mentees][mentors];
        for (int i = 0; i < mentees; i++) {
            for (int j = 0; j < mentors; j++) {
                scores[i][j] = random.nextInt(4) == 0 ? X : random.nextInt(topScore + 1);
            }
        }
        return scores;
    }

    private static int[] randomCapacities(Random random, int mentors, int most) {
        int[] capacities = new int[mentors];
        for (int j = 0; j < mentors; j++) {
            capacities[j] = random.nextInt(most + 1);
        }
        return capacities;
    }

    /** The total score, and how many mentees are matched; checks that the assignment is allowed. */
    private static long[] totalAndMatched(int[] mentorOf, int[] capacities, int[][] scores) {
        int[] load = new int[capacities.length];
        long total = 0;
        long matched = 0;
        for (int i = 0; i < mentorOf.length; i++) {
            if (mentorOf[i] >= 0) {
                assertThat(scores[i][mentorOf[i]]).as("mentee %d's pair is allowed", i).isNotEqualTo(X);
                total += scores[i][mentorOf[i]];
                matched++;
                load[mentorOf[i]]++;
            }
        }
        for (int j = 0; j < capacities.length; j++) {
            assertThat(load[j]).as("mentor %d's mentees", j).isLessThanOrEqualTo(capacities[j]);
        }
        return new long[] {total, matched};
    }

    /** Every assignment tried: the greatest total, and among those the most mentees matched. */
    private static long[] bruteForce(int[][] scores, int[] capacities) {
        return bruteForce(scores, capacities.clone(), 0, 0, 0);
    }

    private static long[] bruteForce(int[][] scores, int[] room, int mentee, long total, long matched) {
        if (mentee == scores.length) {
            return new long[] {total, matched};
        }
        long[] best = bruteForce(scores, room, mentee + 1, total, matched);
        for (int j = 0; j < room.length; j++) {
            if (room[j] > 0 && scores[mentee][j] != X) {
                room[j]--;
                long[] with = bruteForce(scores, room, mentee + 1, total + scores[mentee][j], matched + 1);
                room[j]++;
                if (with[0] > best[0] || with[0] == best[0] && with[1] > best[1]) {
                    best = with;
                }
            }
        }
        return best;
    }

    /** The optimiser's total and matched count are the best, also when mentees remember only two mentors. */
    private static void assertReachesTheBest(int instance, int[][] scores, int[] capacities, long[] best) {
        for (int remembered : new int[] {24, 2}) {
            int[] mentorOf = MatchOptimiser.optimise(scores.length, capacities, table(scores), remembered);
            assertThat(totalAndMatched(mentorOf, capacities, scores)).as("instance %d, remembering %d", instance, remembered)
                    .containsExactly(best);
        }
    }

    @Test
    void theOptimisersTotalEqualsBruteForceOnSmallRandomInstances() {
        Random random = new Random(20260422);
        for (int instance = 0; instance < 600; instance++) {
            int mentees = 1 + random.nextInt(7);
            int mentors = 1 + random.nextInt(4);
            int[][] scores = randomScores(random, mentees, mentors, 1 + random.nextInt(instance % 3 == 0 ? 3 : 40));
            int[] capacities = randomCapacities(random, mentors, 3);

            assertReachesTheBest(instance, scores, capacities, bruteForce(scores, capacities));
        }
    }

    /**
     * The same objective solved another way: a min-cost flow from a source through mentees (1 each)
     * and mentors (their capacity) to a sink, a pair costing {@code -(score * (n + 1) + 1)}, grown
     * one shortest (Bellman-Ford) path at a time while a path still lowers the cost.
     */
    private static long[] minCostFlow(int[][] scores, int[] capacities) {
        int n = scores.length;
        int m = capacities.length;
        int source = n + m;
        int sink = source + 1;
        List<int[]> edges = new ArrayList<>();
        List<Long> costs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            addEdge(edges, costs, source, i, 1, 0);
            for (int j = 0; j < m; j++) {
                if (scores[i][j] != X) {
                    addEdge(edges, costs, i, n + j, 1, -(scores[i][j] * (n + 1L) + 1));
                }
            }
        }
        for (int j = 0; j < m; j++) {
            addEdge(edges, costs, n + j, sink, capacities[j], 0);
        }
        long benefit = 0;
        while (true) {
            long[] distance = new long[sink + 1];
            int[] via = new int[sink + 1];
            Arrays.fill(distance, Long.MAX_VALUE);
            Arrays.fill(via, -1);
            distance[source] = 0;
            for (boolean changed = true; changed; ) {
                changed = false;
                for (int e = 0; e < edges.size(); e++) {
                    int[] edge = edges.get(e);
                    if (edge[2] > 0 && distance[edge[0]] != Long.MAX_VALUE && distance[edge[0]] + costs.get(e) < distance[edge[1]]) {
                        distance[edge[1]] = distance[edge[0]] + costs.get(e);
                        via[edge[1]] = e;
                        changed = true;
                    }
                }
            }
            if (distance[sink] >= 0) {
                return new long[] {benefit / (n + 1), benefit % (n + 1)};
            }
            benefit -= distance[sink];
            for (int node = sink; node != source; node = edges.get(via[node])[0]) {
                edges.get(via[node])[2]--;
                edges.get(via[node] ^ 1)[2]++;
            }
        }
    }

    private static void addEdge(List<int[]> edges, List<Long> costs, int from, int to, int capacity, long cost) {
        edges.add(new int[] {from, to, capacity});
        costs.add(cost);
        edges.add(new int[] {to, from, 0});
        costs.add(-cost);
    }

    @Test
    void theOptimisersTotalEqualsAMinCostFlowOnMediumRandomInstances() {
        Random random = new Random(5);
        for (int instance = 0; instance < 40; instance++) {
            int mentees = 20 + random.nextInt(40);
            int mentors = 5 + random.nextInt(30);
            int[][] scores = randomScores(random, mentees, mentors, 1 + random.nextInt(instance % 2 == 0 ? 4 : 60));
            int[] capacities = randomCapacities(random, mentors, 4);

            assertReachesTheBest(instance, scores, capacities, minCostFlow(scores, capacities));
        }
    }

    @Test
    void theBestTotalIsFoundWhereTakingEachMenteesFavouriteIsWorse() {
        int[][] scores = {
                {10, 9},
                {9, X}};

        int[] mentorOf = MatchOptimiser.optimise(2, new int[] {1, 1}, table(scores));

        assertThat(mentorOf).as("18 in all, not 10 for the first mentee's favourite alone").containsExactly(1, 0);
    }

    @Test
    void aMenteeIsMatchedToAMentorWhoScoresZeroRatherThanLeftWaiting() {
        int[][] scores = {
                {5, X},
                {X, 0}};

        assertThat(MatchOptimiser.optimise(2, new int[] {1, 1}, table(scores))).containsExactly(0, 1);
    }

    @Test
    void matchingMoreMenteesNeverCostsScore() {
        int[][] scores = {
                {1, X},
                {0, 0},
                {X, 1}};

        int[] mentorOf = MatchOptimiser.optimise(3, new int[] {1, 1}, table(scores));

        assertThat(mentorOf).as("two points with two mentees, not two with three impossible").containsExactly(0, -1, 1);
    }

    @Test
    void matchingNeverExceedsMentorCapacity() {
        Random random = new Random(7);
        for (int instance = 0; instance < 20; instance++) {
            int mentees = 100 + random.nextInt(300);
            int mentors = 10 + random.nextInt(60);
            int[][] scores = randomScores(random, mentees, mentors, 400);
            int[] capacities = randomCapacities(random, mentors, 5);

            int[] mentorOf = MatchOptimiser.optimise(mentees, capacities, table(scores));

            totalAndMatched(mentorOf, capacities, scores);
        }
    }

    @Test
    void nobodyIsMatchedWhenNoPairIsAllowed() {
        int[][] scores = {{X, X}, {X, X}};

        assertThat(MatchOptimiser.optimise(2, new int[] {3, 3}, table(scores))).containsExactly(-1, -1);
        assertThat(MatchOptimiser.optimise(0, new int[] {3}, table(scores))).isEmpty();
        assertThat(MatchOptimiser.optimise(2, new int[0], table(scores))).containsExactly(-1, -1);
    }
}
