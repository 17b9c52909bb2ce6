package org.wayfinder.mentoring.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wayfinder.mentoring.report.MentoringReport.Figures;
import org.wayfinder.mentoring.report.MentoringReport.Group;
import org.wayfinder.mentoring.report.MentoringReport.Support;
import org.wayfinder.platform.report.ReportFiles;
import org.wayfinder.platform.spi.report.Report;
import org.wayfinder.platform.spi.report.ReportFormat;
import org.wayfinder.platform.spi.report.Section;

class ReportPageTest {

    /** The fixed programme of MentoringIT: 4 mentees, 3 matched, 3 messages over 3 matches. */
    private static final Figures FIXED = new Figures(4, 3, 0L, 2, 1, 3,
            List.of(new Support("UCAS application", 1, 0), new Support("Personal statement", 2, 2)), 2, 1, 1, 1,
            List.of(new Group("Arnold Academy", 2, 2), new Group("Not given", 1, 0)), List.of(new Group("camden", 2, 2)), 5, 2);

    private static String csv(Figures figures) {
        return new String(ReportFiles.write(ReportFormat.CSV, ReportPage.document(figures, "Report Lab")), StandardCharsets.UTF_8);
    }

    @Test
    void theCsvKeepsTheColumnsAndSectionNamesIntegrationsRead() {
        assertThat(csv(FIXED)).isEqualTo("""
                section,figure,value,out of\r
                headline,registered mentees,4,\r
                headline,mentees matched,3,4\r
                headline,share of mentees matched (%),75,\r
                headline,median days to a match,0,\r
                matches,going on,2,\r
                matches,ended,1,\r
                matches,messages per match,1.0,\r
                matches,meetings logged (careers encounters),5,\r
                matches,mentees with a meeting logged,2,3\r
                exit survey,mentors who would recommend,1,2\r
                exit survey,mentees who would recommend,1,1\r
                support types covered,UCAS application,0,1\r
                support types covered,Personal statement,2,2\r
                mentees matched by school,Arnold Academy,2,2\r
                mentees matched by school,Not given,0,1\r
                mentees matched by borough,camden,2,2\r
                """);
    }

    @Test
    void aNewProgrammeHasBlankFiguresAndEmptySectionsRatherThanZeroes() {
        Report document = ReportPage.document(new Figures(0, 0, null, 0, 0, 0, List.of(), 0, 0, 0, 0, List.of(), List.of(), 0, 0), "New");
        assertThat(document.sections()).extracting(Section::heading).containsExactly("Headline figures", "Matches", "Exit survey",
                "Support types covered", "Mentees matched by school", "Mentees matched by borough");
        assertThat(document.sections().get(3).rows()).isEmpty();
        assertThat(csv(new Figures(0, 0, null, 0, 0, 0, List.of(), 0, 0, 0, 0, List.of(), List.of(), 0, 0)).lines())
                .contains("headline,share of mentees matched (%),,", "headline,median days to a match,,", "matches,messages per match,,");
    }
}
