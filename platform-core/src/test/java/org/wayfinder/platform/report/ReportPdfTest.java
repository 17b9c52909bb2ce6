package org.wayfinder.platform.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.wayfinder.platform.spi.report.Report;
import org.wayfinder.platform.spi.report.ReportFormat;
import org.wayfinder.platform.spi.report.Section;

/** PDFs read back with PDFBox's text extraction, page by page, as a reader's copy and paste would see them. */
class ReportPdfTest {

    private static final List<String> FIGURES = List.of("figure", "value", "out of");

    private static PDDocument write(String title, Section... sections) throws IOException {
        return Loader.loadPDF(ReportFiles.write(ReportFormat.PDF, new Report(title, "Mentoring Lab · generated 22 Nov 2026, 14:05 UTC", List.of(sections))));
    }

    private static String text(PDDocument pdf) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper.getText(pdf);
    }

    private static String page(PDDocument pdf, int number) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(number);
        stripper.setEndPage(number);
        return stripper.getText(pdf);
    }

    @Test
    void anA4PageWithTitleSubtitleHeadingsAndTables() throws IOException {
        try (PDDocument pdf = write("Mentoring report",
                Section.builder("Headline figures", FIGURES).row("registered mentees", 4, null).row("mentees matched", 3, 4)
                        .row("messages per match", 1.0, null).build(),
                Section.builder("By school", List.of("school", "matched", "registered")).row("Arnold Academy", 2, 2).build())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            PDRectangle size = pdf.getPage(0).getMediaBox();
            assertThat(size.getWidth()).isEqualTo(PDRectangle.A4.getWidth());
            assertThat(size.getHeight()).isEqualTo(PDRectangle.A4.getHeight());
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Mentoring report");
            assertThat(text(pdf).lines().map(String::strip).toList()).containsSubsequence("Mentoring report",
                    "Mentoring Lab · generated 22 Nov 2026, 14:05 UTC", "Headline figures", "figure value out of", "registered mentees 4",
                    "mentees matched 3 4", "messages per match 1.0", "By school", "school matched registered", "Arnold Academy 2 2",
                    "Mentoring report Page 1 of 1");
        }
    }

    @Test
    void aLongTableGoesOnOverPagesUnderItsHeaderEachTime() throws IOException {
        Section.Builder pupils = Section.builder("Attendance", List.of("Pupil name", "Sessions attended"));
        IntStream.rangeClosed(1, 150).forEach(n -> pupils.row("Pupil number " + n, n));
        try (PDDocument pdf = write("Attendance report", pupils.build())) {
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isGreaterThanOrEqualTo(3);
            for (int p = 1; p <= pages; p++) {
                String page = page(pdf, p);
                assertThat(page).as("page " + p).contains("Pupil name Sessions attended").contains("Page " + p + " of " + pages);
                assertThat(page.indexOf("Pupil name Sessions attended")).as("the header comes before page " + p + "'s rows")
                        .isLessThan(page.indexOf("Pupil number "));
            }
            List<String> rows = text(pdf).lines().map(String::strip).filter(line -> line.startsWith("Pupil number ")).toList();
            assertThat(rows).as("every row once, in order").containsExactlyElementsOf(
                    IntStream.rangeClosed(1, 150).mapToObj(n -> "Pupil number " + n + " " + n).toList());
        }
    }

    @Test
    void namesOutsideLatin1SurviveAndAnUnknownScriptDoesNotStopTheFile() throws IOException {
        try (PDDocument pdf = write("Mentors’ report — “spring”",
                Section.builder("Mentors", List.of("name", "fee")).row("Zoë Ørsted-Núñez", "£12.50").row("Łukasz Żółć", "€3")
                        .row("Ἀλέξανδρος Пётр", null).row("李小龍 🙂", 1).row("Zoe\u0308 with\ttab\u200b", 2).build())) {
            String text = text(pdf);
            assertThat(text).contains("Mentors’ report — “spring”", "Zoë Ørsted-Núñez £12.50", "Łukasz Żółć €3", "Ἀλέξανδρος Пётр",
                    "??? ? 1", "Zoë with tab 2");
            PDPage page = pdf.getPage(0);
            List<PDFont> fonts = new ArrayList<>();
            for (var name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
        }
    }

    @Test
    void anEmptySectionSaysNoneYetInsteadOfAnEmptyTable() throws IOException {
        try (PDDocument pdf = write("Mentoring report", Section.builder("Support types covered", List.of("Kind of help", "Covered")).build(),
                Section.builder("Matches", FIGURES).row("going on", 2, null).build())) {
            List<String> lines = text(pdf).lines().map(String::strip).toList();
            assertThat(lines).containsSubsequence("Support types covered", "None yet", "Matches", "figure value out of", "going on 2");
            assertThat(String.join("\n", lines)).doesNotContain("Kind of help");
        }
    }

    @Test
    void longTextWrapsInsideItsCellAndATooTallRowGoesOnToTheNextPage() throws IOException {
        String note = IntStream.rangeClosed(1, 60).mapToObj(n -> "word" + n).reduce((a, b) -> a + " " + b).orElseThrow();
        String unbroken = "x".repeat(400);
        String essay = IntStream.rangeClosed(1, 1500).mapToObj(n -> "essay" + n).reduce((a, b) -> a + " " + b).orElseThrow();
        try (PDDocument pdf = write("Notes", Section.builder("Notes", List.of("who", "note", "n")).row("Amara", note, 1)
                .row("Ben", unbroken, 2).row("Cal", essay, 3).row("Dee", "short", 4).build())) {
            List<String> lines = text(pdf).lines().map(String::strip).toList();
            int first = indexOfLineContaining(lines, "word1 ");
            int last = indexOfLineContaining(lines, "word60");
            assertThat(last).as("the note is on several lines").isGreaterThan(first + 1);
            assertThat(String.join("", lines).replaceAll("[^x]", "")).as("the unbroken word is cut, not lost").hasSizeGreaterThanOrEqualTo(400);
            assertThat(pdf.getNumberOfPages()).as("the essay is taller than a page").isGreaterThanOrEqualTo(3);
            String all = String.join(" ", lines);
            assertThat(all).contains("essay1 ", "essay1500", "Dee short 4");
            assertThat(page(pdf, 2)).as("the header is drawn again above the rest of the row").contains("who note n");
        }
    }

    private static int indexOfLineContaining(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("No line with " + text);
    }
}
