package org.wayfinder.zone.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wayfinder.platform.spi.report.Cell;
import org.wayfinder.platform.spi.report.Report;
import org.wayfinder.zone.report.ZoneReport.About;
import org.wayfinder.zone.report.ZoneReport.Figures;
import org.wayfinder.zone.report.ZoneReport.SchoolRow;

/** The report's rounding and the document every export is written from. */
class ZoneReportFiguresTest {

    @Test
    void sharesAndAveragesAreRoundedHalfUp() {
        assertThat(ZoneReport.divide(276, 19)).as("14.5").isEqualTo(15);
        assertThat(ZoneReport.divide(230, 16)).as("14.375").isEqualTo(14);
        assertThat(ZoneReport.divide(3, 2)).as("1.5").isEqualTo(2);
        assertThat(ZoneReport.divide(5, 0)).isZero();
        assertThat(ZoneReport.percent(153, 240)).as("63.75%: the seed prints 63").isEqualTo(64);
        assertThat(ZoneReport.percent(117, 240)).as("48.75%").isEqualTo(49);
        assertThat(ZoneReport.percent(240, 270)).as("88.9%").isEqualTo(89);
        assertThat(ZoneReport.percent(1, 0)).as("nothing to divide").isNull();
    }

    @Test
    void aSchoolIsNamedWithItsCountyAndFlags() {
        SchoolRow row = new SchoolRow("s", "Skegness Grammar School", "Lincolnshire", "(U)", 19, 2, 276, 0, 19);
        assertThat(row.label()).isEqualTo("Skegness Grammar School, Lincolnshire (U)");
        assertThat(row.linesPerUser()).isEqualTo(15);
        assertThat(new SchoolRow("s", "The Becket School", "Nottinghamshire", "", 29, 3, 111, 0, 27).label())
                .isEqualTo("The Becket School, Nottinghamshire");
    }

    @Test
    void anEmptyZoneHasBlankAveragesAndEverySectionInTheDocument() {
        Figures none = new Figures(new About("z", "Empty", null, java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 2, 1),
                List.of(), null, null), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, List.of(), List.of(),
                List.of(), List.of(), List.of(), false);
        assertThat(none.nothingYet()).isTrue();
        assertThat(none.shareActive()).isNull();
        assertThat(none.linesPerChat()).isNull();
        assertThat(none.commentsPerAnsweringProfessional()).isNull();
        Report document = ZoneReportPage.document(none, "Lab");
        assertThat(document.sections()).extracting(section -> section.key()).containsExactly("key figures", "who took part",
                "school activity", "teams", "professionals", "words", "categories", "winner");
        assertThat(document.sections().get(0).rows()).contains(List.of(Cell.of("Average lines per Chat"), Cell.BLANK));
        assertThat(document.sections().get(2).rows()).isEmpty();
    }
}
