package org.wayfinder.zone.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wayfinder.platform.spi.report.Cell;
import org.wayfinder.platform.spi.report.Report;
import org.wayfinder.zone.evidence.ZoneEncounters;
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
                List.of(), List.of(), List.of(), false, new ZoneEncounters.Counted(0, 0, 0));
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

    /** A Zone with the seed's shape in small: three teams and a professional in none, categories and sixty words. */
    private static Figures seedLike(boolean withTeamsAndQuestions) {
        About about = new About("z", "The Healthcare Zone", null, java.time.LocalDate.of(2023, 3, 6), java.time.LocalDate.of(2023, 7, 21),
                List.of("Lincolnshire Training Hub"), "£500", java.time.Instant.parse("2023-07-21T16:00:00Z"));
        List<ZoneReport.TeamRow> teams = withTeamsAndQuestions ? List.of(
                new ZoneReport.TeamRow("t1", "Nottinghamshire", 8, 4, 520, 60, 58),
                new ZoneReport.TeamRow("t2", "Derbyshire", 10, 5, 800, 56, 28),
                new ZoneReport.TeamRow("t3", "Herefordshire and Worcestershire", 2, 1, 50, 0, 14),
                new ZoneReport.TeamRow(null, ZoneReport.NONE, 1, 0, 0, 7, 0)) : List.of();
        List<ZoneReport.CategoryRow> categories = withTeamsAndQuestions ? List.of(
                new ZoneReport.CategoryRow("c1", "Careers and pathways", 14, List.of("Do you think an apprenticeship or university route is better?")),
                new ZoneReport.CategoryRow("c2", "Working life", 9, List.of("What do you like about the nhs?"))) : List.of();
        List<ZoneReport.WordCount> words = java.util.stream.IntStream.range(0, 60)
                .mapToObj(i -> new ZoneReport.WordCount("word" + (char) ('a' + i % 26) + i, 300 - 4 * i)).toList();
        return new Figures(about, 270, 240, 16, 3, 61, 36, 35, 18, 12, 6, 4706, 37, 32, 228, 8, 1, 142, 153, 117, 92, 2290, 90, 35,
                32, 8, List.of(new SchoolRow("s", "Skegness Grammar School", "Lincolnshire", "(U)", 19, 2, 276, 0, 19)), teams, words,
                categories, List.of(new ZoneReport.Leader("t1", "Nottinghamshire", "", 58)), true, new ZoneEncounters.Counted(900, 210, 240));
    }

    private static org.apache.pdfbox.pdmodel.PDDocument pdf(Figures figures) throws java.io.IOException {
        Report report = ZoneReportPage.document(figures, "Healthcare Zone · generated 5 Dec 2026, 14:05 GMT")
                .withCover(new org.wayfinder.platform.spi.report.Cover("Healthcare Zone", "6 Mar 2023 to 21 Jul 2023", null));
        return org.apache.pdfbox.Loader.loadPDF(org.wayfinder.platform.report.ReportFiles.write(
                org.wayfinder.platform.spi.report.ReportFormat.PDF, report));
    }

    /** Pixels of NHS blue (#005EB8) on every page, rendered at 72 dpi: what a reader sees of the bars. */
    private static long bluePixels(org.apache.pdfbox.pdmodel.PDDocument pdf) throws java.io.IOException {
        org.apache.pdfbox.rendering.PDFRenderer renderer = new org.apache.pdfbox.rendering.PDFRenderer(pdf);
        long count = 0;
        for (int page = 0; page < pdf.getNumberOfPages(); page++) {
            java.awt.image.BufferedImage image = renderer.renderImage(page);
            for (int x = 0; x < image.getWidth(); x++) {
                for (int y = 0; y < image.getHeight(); y++) {
                    int rgb = image.getRGB(x, y);
                    if (((rgb >> 16) & 0xff) < 25 && Math.abs(((rgb >> 8) & 0xff) - 94) < 25 && Math.abs((rgb & 0xff) - 184) < 25) {
                        count++;
                    }
                }
            }
        }
        return count;
    }

    @Test
    void theZonePdfHasACoverTheTeamsAndQuestionsChartsAndADrawnWordCloud() throws java.io.IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument full = pdf(seedLike(true)); org.apache.pdfbox.pdmodel.PDDocument bare = pdf(seedLike(false))) {
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            assertThat(stripper.getText(full)).contains("Zone report: The Healthcare Zone", "Healthcare Zone", "6 Mar 2023 to 21 Jul 2023");

            // Five bars per team chart (3 teams x 2 charts) and the categories' two: the drawn pages carry far more blue than
            // the same report with no teams or questions, whose blue is only the cover's rule and the figures' edges.
            long withCharts = bluePixels(full);
            long without = bluePixels(bare);
            assertThat(withCharts - without).as("the bars, rendered").isGreaterThan(8 * 400);

            java.util.Map<Float, Integer> sizes = new java.util.TreeMap<>();
            org.apache.pdfbox.text.PDFTextStripper sized = new org.apache.pdfbox.text.PDFTextStripper() {
                @Override
                protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                    if (text.startsWith("word")) {
                        sizes.merge(positions.get(0).getFontSizeInPt(), 1, Integer::sum);
                    }
                }
            };
            sized.getText(full);
            assertThat(sizes.keySet()).as("the cloud's words in five sizes").hasSize(5);
            assertThat(sizes.values().stream().mapToInt(Integer::intValue).sum()).as("all sixty words, not a table of them").isEqualTo(60);

            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(full);
            assertThat(text).contains("Chat activity from healthcare professionals", "Approved follow up questions by category",
                    "Active professionals in no team: 1 (answers: 7)", "The winning team with the most votes was Nottinghamshire", "£500",
                    "270 students from 1 school connected with 36 healthcare professionals in 3 teams. 64% of active students");
            assertThat(text.lines().filter(line -> line.startsWith(ZoneReport.NONE + " "))).as("no team called None").isEmpty();
        }
    }
}
