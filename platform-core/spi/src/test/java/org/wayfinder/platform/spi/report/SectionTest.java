package org.wayfinder.platform.spi.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SectionTest {

    @Test
    void valuesBecomeTextNumbersOrBlanks() {
        Section section = Section.builder("Figures", List.of("figure", "value", "share", "out of"))
                .row("messages per match", 1.0, 75, null).build();
        assertThat(section.rows().get(0)).containsExactly(new Cell.Text("messages per match"), new Cell.Numeric(new BigDecimal("1.0")),
                new Cell.Numeric(BigDecimal.valueOf(75)), Cell.BLANK);
        assertThat(section.rows().get(0)).extracting(Cell::text).containsExactly("messages per match", "1.0", "75", "");
        assertThat(Cell.of(12_345_678_901L).text()).isEqualTo("12345678901");
        assertThat(Cell.of(0.1f).text()).isEqualTo("0.1");
    }

    @Test
    void aCellIsTextOrAFiniteNumberAndNothingElse() {
        assertThatThrownBy(() -> Cell.of(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cell.of(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cell.of(java.time.LocalDate.of(2026, 11, 22))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("LocalDate");
    }

    @Test
    void everyRowHasOneCellPerColumn() {
        assertThatThrownBy(() -> Section.builder("Figures", List.of("figure", "value")).row("registered mentees").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 columns but a row of 1 cells");
        assertThatThrownBy(() -> Section.builder("Figures", List.of()).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Section.builder(" ", List.of("figure")).build()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theKeyIsTheHeadingUnlessGiven() {
        assertThat(Section.builder("Exit survey", List.of("figure")).build().key()).isEqualTo("Exit survey");
        assertThat(Section.builder("Exit survey", List.of("figure")).key("exit survey").build().key()).isEqualTo("exit survey");
    }

    @Test
    void aReportCannotBeChangedAfterItIsBuilt() {
        List<String> columns = new ArrayList<>(List.of("figure"));
        Section section = Section.builder("Figures", columns).row("registered mentees").build();
        columns.add("value");
        assertThat(section.columns()).containsExactly("figure");
        assertThatThrownBy(() -> section.rows().add(List.of(Cell.BLANK))).isInstanceOf(UnsupportedOperationException.class);
        List<Section> sections = new ArrayList<>(List.of(section));
        Report report = new Report("Mentoring report", null, sections);
        sections.clear();
        assertThat(report.sections()).hasSize(1);
        assertThat(report.subtitle()).isEmpty();
        assertThatThrownBy(() -> new Report("Mentoring report", "", List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
