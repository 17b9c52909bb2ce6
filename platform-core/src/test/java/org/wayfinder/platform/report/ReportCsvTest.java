package org.wayfinder.platform.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wayfinder.platform.spi.report.Report;
import org.wayfinder.platform.spi.report.ReportFormat;
import org.wayfinder.platform.spi.report.Section;

class ReportCsvTest {

    private static final List<String> FIGURES = List.of("figure", "value", "out of");

    private static String csv(Section... sections) {
        return new String(ReportFiles.write(ReportFormat.CSV, new Report("Mentoring report", "Mentoring Lab", List.of(sections))), StandardCharsets.UTF_8);
    }

    @Test
    void sectionsThatShareTheirColumnsAreOneTableWithASectionColumn() {
        String csv = csv(
                Section.builder("Headline figures", FIGURES).key("headline").row("registered mentees", 4, null)
                        .row("messages per match", 1.0, null).build(),
                Section.builder("Exit survey", FIGURES).key("exit survey").row("mentors who would recommend", 1, 2).build());
        assertThat(csv).isEqualTo("""
                section,figure,value,out of\r
                headline,registered mentees,4,\r
                headline,messages per match,1.0,\r
                exit survey,mentors who would recommend,1,2\r
                """);
    }

    @Test
    void aSectionWithOtherColumnsStartsWithItsOwnHeaderRow() {
        String csv = csv(
                Section.builder("Matches", FIGURES).row("going on", 2, null).build(),
                Section.builder("By school", List.of("school", "matched", "registered")).row("Arnold Academy", 2, 2).build(),
                Section.builder("By borough", List.of("school", "matched", "registered")).row("Camden", 1, 3).build());
        assertThat(csv.lines()).containsExactly("section,figure,value,out of", "Matches,going on,2,", "section,school,matched,registered",
                "By school,Arnold Academy,2,2", "By borough,Camden,1,3");
    }

    @Test
    void anEmptySectionAddsNoRowsSoEveryRowIsData() {
        String csv = csv(Section.builder("Support types", FIGURES).build(), Section.builder("Matches", FIGURES).row("ended", 1, null).build());
        assertThat(csv.lines()).containsExactly("section,figure,value,out of", "Matches,ended,1,");
    }

    @Test
    void textIsQuotedAndMadeInertButNumbersStayNumbers() {
        String csv = csv(Section.builder("Schools, colleges", List.of("name", "change")).row("=HYPERLINK(\"x\")", -3)
                .row("Zoë \"Z\" Łukasz", -0.5).build());
        assertThat(csv.lines()).containsExactly("section,name,change", "\"Schools, colleges\",\"'=HYPERLINK(\"\"x\"\")\",-3",
                "\"Schools, colleges\",\"Zoë \"\"Z\"\" Łukasz\",-0.5");
    }
}
