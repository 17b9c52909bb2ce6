package org.wayfinder.mentoring.taxonomy;

import java.util.List;

/** The two lists a programme describes mentoring with; each programme edits its own. */
public enum TermKind {

    CAREER_AREA("Career areas", List.of("Medicine", "Nursing", "Midwifery", "Allied health professions", "Healthcare science",
            "Pharmacy", "Dentistry", "Psychology", "Non-clinical roles", "Apprenticeships")),
    SUPPORT_TYPE("Support types", List.of("Career advice", "UCAS application", "Personal statement", "University interview",
            "Work experience", "Working in the NHS"));

    private final String label;
    private final List<String> seeded;

    TermKind(String label, List<String> seeded) {
        this.label = label;
        this.seeded = seeded;
    }

    public String label() {
        return label;
    }

    /** What a programme starts with, from the NHS careers the case study's mentees asked about. */
    public List<String> seeded() {
        return seeded;
    }
}
