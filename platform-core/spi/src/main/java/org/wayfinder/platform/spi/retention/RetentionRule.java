package org.wayfinder.platform.spi.retention;

import java.time.Instant;
import java.util.List;

/**
 * One kind of record a programme may stop keeping after a period its owner sets (for example
 * accounts inactive for 24 months, Chat lines older than 12 months): the core and every plugin make
 * a CDI bean of this interface for their own records, and the core's scheduled retention applies
 * each rule an owner has set, once a day, in each programme.
 *
 * <p>A rule is off until an owner sets its period: nothing is removed by default. "Removed" means
 * what erasure means ({@code PersonalData}): the words and the name go, the rows stay, so every
 * count a report makes stays right; what a moderator decided on keeps its words.
 *
 * <p>The owner's preview and the run must agree exactly, so both go through {@link #preview} with a
 * cut-off fixed when the run starts, and {@link #apply} removes only those listed records that
 * still match the same condition at that cut-off (a record that changed since, such as an account
 * that signed in, is left alone). Applying twice removes nothing more the second time.
 */
public interface RetentionRule {

    /** The most records of one kind a run removes; the rest go at the next run. Keeps a run's transaction short. */
    int MOST_PER_RUN = 500;

    /** How an owner states the period of a rule. */
    enum Unit {
        MONTHS("months", 1, 120),
        YEARS("years", 1, 30);

        private final String word;
        private final int least;
        private final int most;

        Unit(String word, int least, int most) {
            this.word = word;
            this.least = least;
            this.most = most;
        }

        /** "months", "years". */
        public String word() {
            return word;
        }

        /** The shortest period an owner may set. */
        public int least() {
            return least;
        }

        /** The longest period an owner may set. */
        public int most() {
            return most;
        }
    }

    /**
     * One record a run would remove, as the owner's preview shows it: never the words that would go.
     *
     * @param id             the record's id, which {@link #apply} is given back
     * @param since          the time that makes it old enough (sent, last signed in)
     * @param what           what it is, in a few words ("Chat line by a student")
     * @param skippedBecause why it stays although old enough (an erasure blocker); null when it goes
     */
    record Removal(String id, Instant since, String what, String skippedBecause) implements java.io.Serializable {

        public boolean skipped() {
            return skippedBecause != null;
        }
    }

    /** Stable and unique, the part's id first: {@code core.inactive-accounts}, {@code zone.chat-lines}. */
    String key();

    /** What the period applies to, read before the number: "Accounts inactive for". */
    String label();

    /** What removing does, in a sentence, for the owner deciding. */
    String removes();

    Unit unit();

    /** How a preview or a run counts what it removes, read before the cut-off's day: "12 accounts inactive since before". */
    String counted(int count);

    /**
     * What a run with this cut-off would remove, oldest first, at most {@code max}; skipped ones
     * (with their reason) are listed among them and count towards {@code max}.
     */
    List<Removal> preview(Instant cutoff, int max);

    /**
     * Removes those of {@code ids} (from {@link #preview} at the same cut-off, skipped ones left out)
     * that still match at {@code cutoff}, in the caller's transaction.
     *
     * @return how many were removed
     */
    int apply(Instant cutoff, List<String> ids);
}
