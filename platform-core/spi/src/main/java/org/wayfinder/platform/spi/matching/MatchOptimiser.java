package org.wayfinder.platform.spi.matching;

import java.util.Arrays;

/**
 * Finds the globally best assignment of mentees to mentors (or of any people to anything with a
 * number of places, such as students to work experience placements): the greatest total score, with no mentor
 * given more mentees than their capacity, no mentee given more than one mentor, and only pairs the
 * hard filters allow. Among assignments with the best total it takes one that matches the most
 * mentees, so a mentee is matched even to a mentor who scores 0 rather than left waiting, as long as
 * nobody's better match is lost for it. A mentee left unmatched adds 0.
 *
 * <p>Exact, and fast enough for 10,000 mentees and 2,000 mentors in a few seconds with nothing
 * stored per pair. It is Bertsekas's auction algorithm for the assignment problem, with ε-scaling,
 * made square so that it needs no reverse bids:
 * <ul>
 *   <li>Every mentor has as many places as their capacity, and there is a waiting list with a place
 *       for every mentee. Every place has a price. Beside the mentees there is a "nobody" for every
 *       mentor's place, who stands for that place being left empty. Nobodies and mentees together
 *       are exactly as many as the places, and every one of them ends up in a place.</li>
 *   <li>A pair of mentee and mentor is worth a benefit that grows with its score; the waiting list is
 *       worth 0 to a mentee, and every place is worth 0 to a nobody. Someone without a place bids for
 *       the cheapest place of the mentor (or the waiting list) that gives them the most value,
 *       {@code benefit - price}, and raises its price by how much better it is than their best
 *       choice elsewhere, plus ε, taking the place from whoever held it.</li>
 *   <li>When everyone has a place, each is within ε of their best choice at these prices
 *       (ε-complementary slackness), and the cheapest price of each mentor and of the waiting list
 *       is a dual solution whose value is within {@code N * ε} of the assignment's total, for N
 *       bidders. Every benefit is a whole number times {@code N + 1}, so with ε = 1 that gap is less
 *       than one step between two different totals, and the assignment is optimal.</li>
 *   <li>Starting with ε = 1 would be slow: prices would creep up by 1 in price wars. So rounds run
 *       with ε shrinking from a sixth of the largest benefit down to 1, each starting from the last
 *       round's prices, which are already nearly right (ε-scaling).</li>
 * </ul>
 * The benefit of a pair is {@code (score * (n + 1) + 1) * (N + 1)} for n mentees: the {@code + 1} per
 * matched mentee can never outweigh one point of score, since there are at most n of them, and so
 * only decides between assignments with equal totals.
 *
 * <p>A mentor's places are all alike, so a bidder's "best choice elsewhere" is their best among the
 * other mentors: comparing with another place of the same mentor would start a price war between
 * two mentees over one mentor's places, each raising a price by ε at a time. This stays exact
 * because the dual solution has one price per mentor, their cheapest place, and a bidder is within
 * ε of their best choice against every other mentor's cheapest place.
 *
 * <p>A mentee's bid needs their best and second best mentor at the current prices, which would mean
 * asking the scores of all mentors for every bid. Instead each mentee remembers their
 * {@value #REMEMBERED} best mentors from their last full look, and how much any other mentor was
 * worth to them then. Prices only rise, so the others are worth no more now; while the second best
 * choice among the remembered ones and the waiting list is worth at least that, they decide the bid
 * exactly as a full look would. Otherwise the mentee looks at all mentors again.
 */
public final class MatchOptimiser {

    private static final int REMEMBERED = 24;
    private static final int SCALING = 6;
    private static final int NONE = -1;

    private final int mentees;
    private final int mentors;
    private final int waitingList;
    private final int bidders;
    private final PairScores scores;
    private final int remembered;
    private final long unit;
    private final long step;

    /** The places of mentor k (k = {@code waitingList} for the waiting list) are a min-heap by price. */
    private final int[] firstPlace;
    private final long[] price;
    private final int[] holder;
    /** The mentors with places and the waiting list, in a min-heap by their cheapest place. */
    private final int[] byCheapest;
    private final int[] positionByCheapest;
    private final int listed;
    /** Where each bidder (mentees first, then nobodies) has a place: a mentor, the waiting list or NONE. */
    private final int[] mentorOf;

    private final int[] rememberedCount;
    private final int[] rememberedMentor;
    private final int[] rememberedScore;
    private final long[] rememberedValue;
    private final long[] othersWorth;

    /** The bidders without a place, in the order they will bid. */
    private final int[] unplaced;
    private int unplacedFrom;
    private int unplacedCount;

    private int bestMentor;
    private long bestValue;
    private long secondValue;

    private MatchOptimiser(int mentees, int[] capacities, PairScores scores, int remembered) {
        if (remembered < 2) {
            throw new IllegalArgumentException("A mentee must remember at least their two best mentors.");
        }
        this.mentees = mentees;
        this.mentors = capacities.length;
        this.waitingList = mentors;
        this.scores = scores;
        this.remembered = remembered;
        firstPlace = new int[mentors + 2];
        for (int j = 0; j < mentors; j++) {
            if (capacities[j] < 0) {
                throw new IllegalArgumentException("Mentor " + j + " has a negative capacity.");
            }
            firstPlace[j + 1] = Math.addExact(firstPlace[j], capacities[j]);
        }
        int mentorPlaces = firstPlace[mentors];
        firstPlace[mentors + 1] = Math.addExact(mentorPlaces, mentees);
        bidders = firstPlace[mentors + 1];
        unit = mentees + 1L;
        step = bidders + 1L;
        price = new long[bidders];
        holder = new int[bidders];
        byCheapest = new int[mentors + 1];
        positionByCheapest = new int[mentors + 1];
        int count = 0;
        for (int k = 0; k <= mentors; k++) {
            positionByCheapest[k] = NONE;
            if (places(k) > 0) {
                positionByCheapest[k] = count;
                byCheapest[count++] = k;
            }
        }
        listed = count;
        mentorOf = new int[bidders];
        rememberedCount = new int[mentees];
        rememberedMentor = new int[mentees * remembered];
        rememberedScore = new int[mentees * remembered];
        rememberedValue = new long[remembered];
        othersWorth = new long[mentees];
        unplaced = new int[bidders];
    }

    /**
     * @param mentees    how many mentees there are, numbered from 0
     * @param capacities each mentor's capacity, by mentor number
     * @param scores     the score of each pair, or {@link PairScores#NOT_ALLOWED}
     * @return for each mentee, the number of their mentor, or -1 when they stay unmatched
     */
    public static int[] optimise(int mentees, int[] capacities, PairScores scores) {
        return optimise(mentees, capacities, scores, REMEMBERED);
    }

    /** With fewer mentors remembered than there are, so that small tests exercise the memory. */
    static int[] optimise(int mentees, int[] capacities, PairScores scores, int remembered) {
        return new MatchOptimiser(mentees, capacities, scores, remembered).run();
    }

    private int[] run() {
        int topScore = NONE;
        for (int i = 0; i < mentees; i++) {
            remember(i);
            if (rememberedCount[i] > 0) {
                topScore = Math.max(topScore, rememberedScore[i * remembered]);
            }
        }
        int[] result = new int[mentees];
        Arrays.fill(result, NONE);
        if (topScore == NONE) {
            return result;
        }
        long topBenefit = Math.multiplyExact(Math.addExact(Math.multiplyExact(topScore, unit), 1), step);
        if (topBenefit > Long.MAX_VALUE / 4) {
            throw new IllegalArgumentException("Scores up to " + topScore + " for " + mentees + " mentees are too large to optimise exactly.");
        }
        for (long epsilon = Math.max(1, topBenefit / SCALING); ; epsilon = Math.max(1, epsilon / SCALING)) {
            auction(epsilon);
            if (epsilon == 1) {
                for (int i = 0; i < mentees; i++) {
                    result[i] = mentorOf[i] == waitingList ? NONE : mentorOf[i];
                }
                return result;
            }
        }
    }

    private int places(int mentor) {
        return firstPlace[mentor + 1] - firstPlace[mentor];
    }

    private long cheapest(int mentor) {
        return price[firstPlace[mentor]];
    }

    private long benefit(int score) {
        return (score * unit + 1) * step;
    }

    /**
     * One round of bidding from scratch. The places of a mentor start the round at the price of the
     * cheapest of them: only that one counts in the dual solution, and a place left dearer by the
     * last round would only wait for someone to bid it up again.
     */
    private void auction(long epsilon) {
        for (int k = 0; k <= mentors; k++) {
            if (places(k) > 0) {
                Arrays.fill(price, firstPlace[k], firstPlace[k + 1], cheapest(k));
            }
        }
        Arrays.fill(holder, NONE);
        Arrays.fill(mentorOf, NONE);
        for (int bidder = 0; bidder < bidders; bidder++) {
            unplaced[bidder] = bidder;
        }
        unplacedFrom = 0;
        unplacedCount = bidders;
        while (unplacedCount > 0) {
            int bidder = unplaced[unplacedFrom];
            unplacedFrom = (unplacedFrom + 1) % bidders;
            unplacedCount--;
            if (bidder < mentees) {
                chooseFor(bidder);
            } else {
                chooseForNobody();
            }
            bid(bidder, epsilon);
        }
    }

    /** Takes the cheapest place of {@code bestMentor} for the bidder, at a price raised by their margin plus ε. */
    private void bid(int bidder, long epsilon) {
        int place = firstPlace[bestMentor];
        int displaced = holder[place];
        if (displaced != NONE) {
            mentorOf[displaced] = NONE;
            unplaced[(unplacedFrom + unplacedCount) % bidders] = displaced;
            unplacedCount++;
        }
        holder[place] = bidder;
        mentorOf[bidder] = bestMentor;
        price[place] += bestValue - secondValue + epsilon;
        siftDownPlace(bestMentor);
        siftDownByCheapest(positionByCheapest[bestMentor]);
    }

    /** The mentee's best and second best choice, from what they remember or, when that cannot tell, a full look. */
    private void chooseFor(int mentee) {
        if (!chooseFromMemory(mentee)) {
            remember(mentee);
            chooseFromMemory(mentee);
        }
    }

    /**
     * Picks the mentee's best choice and the value of their best choice elsewhere among the mentors
     * they remember and the waiting list; answers whether a full look could not find better ones.
     */
    private boolean chooseFromMemory(int mentee) {
        bestMentor = waitingList;
        bestValue = -cheapest(waitingList);
        secondValue = Long.MIN_VALUE;
        int from = mentee * remembered;
        for (int k = from; k < from + rememberedCount[mentee]; k++) {
            int mentor = rememberedMentor[k];
            long value = benefit(rememberedScore[k]) - cheapest(mentor);
            if (value > bestValue) {
                secondValue = bestValue;
                bestValue = value;
                bestMentor = mentor;
            } else if (value > secondValue) {
                secondValue = value;
            }
        }
        boolean decided = othersWorth[mentee] <= secondValue;
        if (secondValue == Long.MIN_VALUE) {
            secondValue = bestValue;
        }
        return decided;
    }

    /** Looks at every mentor and remembers the mentee's best ones at the current prices. */
    private void remember(int mentee) {
        int from = mentee * remembered;
        int count = 0;
        long others = Long.MIN_VALUE;
        for (int mentor = 0; mentor < mentors; mentor++) {
            if (places(mentor) == 0) {
                continue;
            }
            int score = scores.score(mentee, mentor);
            if (score < 0) {
                continue;
            }
            long value = benefit(score) - cheapest(mentor);
            int at;
            if (count < remembered) {
                at = count++;
            } else if (value > rememberedValue[remembered - 1]) {
                others = Math.max(others, rememberedValue[remembered - 1]);
                at = remembered - 1;
            } else {
                others = Math.max(others, value);
                continue;
            }
            for (; at > 0 && rememberedValue[at - 1] < value; at--) {
                rememberedValue[at] = rememberedValue[at - 1];
                rememberedMentor[from + at] = rememberedMentor[from + at - 1];
                rememberedScore[from + at] = rememberedScore[from + at - 1];
            }
            rememberedValue[at] = value;
            rememberedMentor[from + at] = mentor;
            rememberedScore[from + at] = score;
        }
        rememberedCount[mentee] = count;
        othersWorth[mentee] = others;
    }

    /** Every place is worth 0 to a nobody: their best choice is the cheapest place anywhere. */
    private void chooseForNobody() {
        bestMentor = byCheapest[0];
        bestValue = -cheapest(bestMentor);
        secondValue = Long.MIN_VALUE;
        for (int child = 1; child <= 2 && child < listed; child++) {
            secondValue = Math.max(secondValue, -cheapest(byCheapest[child]));
        }
        if (secondValue == Long.MIN_VALUE) {
            secondValue = bestValue;
        }
    }

    private void siftDownPlace(int mentor) {
        int first = firstPlace[mentor];
        int count = places(mentor);
        int at = 0;
        while (true) {
            int child = 2 * at + 1;
            if (child >= count) {
                return;
            }
            if (child + 1 < count && price[first + child + 1] < price[first + child]) {
                child++;
            }
            if (price[first + at] <= price[first + child]) {
                return;
            }
            swap(first + at, first + child);
            at = child;
        }
    }

    private void swap(int a, int b) {
        long p = price[a];
        price[a] = price[b];
        price[b] = p;
        int h = holder[a];
        holder[a] = holder[b];
        holder[b] = h;
    }

    private void siftDownByCheapest(int at) {
        while (true) {
            int child = 2 * at + 1;
            if (child >= listed) {
                return;
            }
            if (child + 1 < listed && cheapest(byCheapest[child + 1]) < cheapest(byCheapest[child])) {
                child++;
            }
            if (cheapest(byCheapest[at]) <= cheapest(byCheapest[child])) {
                return;
            }
            int mentor = byCheapest[at];
            byCheapest[at] = byCheapest[child];
            byCheapest[child] = mentor;
            positionByCheapest[byCheapest[at]] = at;
            positionByCheapest[mentor] = child;
            at = child;
        }
    }
}
