package org.wayfinder.platform.persistence;

import java.util.ArrayList;
import java.util.List;

/**
 * What one unit of work (a web request) asked the database: how many SQL statements, how long
 * they took, and their text. Pages that ask the database many times for what changes rarely are
 * the platform's slowest part (docs/performance.md), so every request is counted: the count and
 * time are logged, and integration tests read them to hold every page to a budget.
 *
 * <p>Statements are recorded by the connections {@link WayfinderDataSource} hands the pool, on the
 * thread that runs them, between {@link #start()} and {@link #stop()}; outside such a span (start-up,
 * scheduled work) nothing is kept.
 */
public final class StatementLog {

    /** The most statement texts one recording keeps; the count goes on past it. */
    static final int KEPT_TEXTS = 200;

    private static final ThreadLocal<Recording> CURRENT = new ThreadLocal<>();

    private StatementLog() {
    }

    /** Starts counting this thread's statements, forgetting any earlier recording. */
    public static void start() {
        CURRENT.set(new Recording());
    }

    /** Stops counting and returns what was recorded since {@link #start()}, or an empty recording. */
    public static Recording stop() {
        Recording recording = CURRENT.get();
        CURRENT.remove();
        return recording == null ? new Recording() : recording;
    }

    static void record(String sql, long nanos) {
        Recording recording = CURRENT.get();
        if (recording != null) {
            recording.add(sql, nanos);
        }
    }

    /** Statements of one unit of work. */
    public static final class Recording {

        private int count;
        private long nanos;
        private final List<String> texts = new ArrayList<>();

        void add(String sql, long took) {
            count++;
            nanos += took;
            if (texts.size() < KEPT_TEXTS) {
                texts.add(sql);
            }
        }

        /** How many statements were run. */
        public int count() {
            return count;
        }

        /** How long they took together, in milliseconds. */
        public double millis() {
            return nanos / 1_000_000.0;
        }

        /** Their SQL, in order (the first {@value StatementLog#KEPT_TEXTS}). */
        public List<String> texts() {
            return List.copyOf(texts);
        }
    }
}
