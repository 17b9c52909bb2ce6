package org.wayfinder.mentoring.vetting;

/** The levels of DBS check. Only an enhanced check lets a mentor work with under-18s. */
public enum CheckType {

    BASIC("Basic", false),
    STANDARD("Standard", false),
    ENHANCED("Enhanced", true),
    ENHANCED_BARRED("Enhanced with barred list", true);

    private final String label;
    private final boolean forChildren;

    CheckType(String label, boolean forChildren) {
        this.label = label;
        this.forChildren = forChildren;
    }

    public String label() {
        return label;
    }

    /** Whether a mentor with this check may be matched with, and message, students who are children. */
    public boolean forChildren() {
        return forChildren;
    }
}
