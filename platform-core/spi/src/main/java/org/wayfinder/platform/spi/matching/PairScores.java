package org.wayfinder.platform.spi.matching;

/**
 * The score of every mentee-mentor pair, by index, asked for one pair at a time. The optimiser asks
 * for tens of millions of pairs, so an implementation works them out on the fly from compact data
 * (as mentoring's scoring does) rather than holding one object per pair.
 */
@FunctionalInterface
public interface PairScores {

    /** What {@link #score} answers for a pair a hard filter rules out. */
    int NOT_ALLOWED = -1;

    /** The pair's score, 0 or more, or {@link #NOT_ALLOWED}. */
    int score(int mentee, int mentor);
}
