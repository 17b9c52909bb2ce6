package org.wayfinder.platform.safeguarding.cases;

/** Where a safeguarding case stands. It moves forward only; a closed case stays closed. */
public enum CaseStatus {
    /** Opened, nobody has picked it up yet. */
    NEW("New"),
    /** The lead is looking into it. */
    IN_PROGRESS("In progress"),
    /** Passed to another body (the local authority's designated officer, the police, the school). */
    REFERRED("Referred"),
    /** Finished, with an outcome written. */
    CLOSED("Closed");

    private final String label;

    CaseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether a case in this status may move to {@code next}: forward only, and never out of CLOSED. */
    public boolean canMoveTo(CaseStatus next) {
        return this != CLOSED && next.ordinal() > ordinal();
    }
}
