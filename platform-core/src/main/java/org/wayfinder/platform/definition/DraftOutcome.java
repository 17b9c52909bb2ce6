package org.wayfinder.platform.definition;

/**
 * What saving or publishing a draft came to, for the editor to tell its owner. Saving or publishing
 * what is published already stores nothing and drops the draft, so the programme is never left with
 * a draft that changes nothing.
 *
 * @param result    what happened
 * @param version   the number of the version people use now: the new one after {@code PUBLISHED},
 *                  otherwise the one that was published already (0 when there is none)
 * @param problems  why it was refused, for {@code REFUSED}; none otherwise
 */
public record DraftOutcome(Result result, int version, Problems problems) {

    /** What happened to the draft. */
    public enum Result {
        /** Nothing was stored: the draft has problems. */
        REFUSED,
        /** Nothing was stored: the draft is exactly the published version, and the stored draft is dropped. */
        UNCHANGED,
        /** The draft is stored; people go on using the published version, if any. */
        SAVED,
        /** The draft is the new published version. */
        PUBLISHED
    }

    public static DraftOutcome refused(Problems problems) {
        return new DraftOutcome(Result.REFUSED, 0, problems);
    }

    public static DraftOutcome of(Result result, int version) {
        return new DraftOutcome(result, version, Problems.none());
    }

    public boolean refused() {
        return result == Result.REFUSED;
    }
}
