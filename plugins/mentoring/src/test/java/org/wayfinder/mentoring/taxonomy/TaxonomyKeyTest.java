package org.wayfinder.mentoring.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TaxonomyKeyTest {

    @Test
    void aTermsKeyIsMadeFromItsLabelOnce() {
        assertThat(Taxonomy.keyOf("Allied health professions")).isEqualTo("allied-health-professions");
        assertThat(Taxonomy.keyOf("A&E nursing")).isEqualTo("a-and-e-nursing");
        assertThat(Taxonomy.keyOf("  UCAS application! ")).isEqualTo("ucas-application");
        assertThat(Taxonomy.keyOf("x".repeat(70))).hasSize(60);
    }

    @Test
    void everyProgrammeStartsWithTheNhsLists() {
        assertThat(TermKind.CAREER_AREA.seeded()).hasSize(10).contains("Medicine", "Nursing", "Midwifery", "Apprenticeships");
        assertThat(TermKind.SUPPORT_TYPE.seeded()).containsExactly("Career advice", "UCAS application", "Personal statement",
                "University interview", "Work experience", "Working in the NHS");
    }
}
