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
import org.wayfinder.platform.spi.report.Chart;
import org.wayfinder.platform.spi.report.Cover;
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
                    "Mentoring Lab · generated 22 Nov 2026, 14:05 UTC", "Headline figures", "Figure Value Out of", "registered mentees 4",
                    "mentees matched 3 4", "messages per match 1.0", "By school", "School Matched Registered", "Arnold Academy 2 2",
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
            assertThat(lines).containsSubsequence("Support types covered", "None yet", "Matches", "Figure Value Out of", "going on 2");
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
            assertThat(page(pdf, 2)).as("the header is drawn again above the rest of the row").contains("Who Note N");
        }
    }

    @Test
    void aCoverPageHasTheLogoTitleProgrammeAndPeriodAndTheSectionsStartOnTheNextPage() throws IOException {
        Report report = new Report("Zone report: The Healthcare Zone", "Healthcare Zone · generated 5 Dec 2026, 14:05 GMT",
                List.of(Section.builder("Key activity figures", List.of("Figure", "Value")).row("Votes", 142).build()))
                .withCover(new Cover("Healthcare Zone", "6 March to 21 July 2023", null).withLogo(png(200, 100)));
        try (PDDocument pdf = Loader.loadPDF(ReportFiles.write(ReportFormat.PDF, report))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            assertThat(page(pdf, 1)).contains("Zone report: The Healthcare Zone", "Healthcare Zone", "6 March to 21 July 2023",
                    "generated 5 Dec 2026").doesNotContain("Key activity figures");
            assertThat(images(pdf.getPage(0))).as("the logo is drawn on the cover").isEqualTo(1);
            assertThat(page(pdf, 2)).contains("Key activity figures");
        }
        Report unreadableLogo = report.withCover(new Cover("Healthcare Zone", "", "RIFF....WEBPVP8 ".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        try (PDDocument pdf = Loader.loadPDF(ReportFiles.write(ReportFormat.PDF, unreadableLogo))) {
            assertThat(images(pdf.getPage(0))).as("a logo PDFBox cannot read is left out, not fatal").isZero();
            assertThat(page(pdf, 1)).contains("Zone report: The Healthcare Zone");
        }
    }

    @Test
    void barsAreDrawnAsLongAsTheirValuesAgainstTheLargestWithTheValueWritten() throws IOException {
        try (PDDocument pdf = write("Teams", Section.builder("Professional activity by team", List.of("Team", "Chat lines", "Answers"))
                .chart(Chart.bars("Chat lines by team", 1)).chart(Chart.bars("Answers by team", 2))
                .row("Nottinghamshire", 520, 60).row("Derbyshire", 800, 56).row("Herefordshire and Worcestershire", 50, 0).build())) {
            List<float[]> bars = filledRectangles(pdf.getPage(0), ReportPdf.PALETTE[0]);
            assertThat(bars).as("five bars: three of lines, two of answers (no bar for 0)").hasSize(5);
            float longest = bars.get(1)[2];
            assertThat(bars.get(0)[2] / longest).as("520 of 800").isCloseTo(0.65f, org.assertj.core.data.Offset.offset(0.01f));
            assertThat(bars.get(2)[2] / longest).as("50 of 800").isCloseTo(0.0625f, org.assertj.core.data.Offset.offset(0.01f));
            assertThat(bars.get(3)[2]).as("the largest of each chart is as long as the other's largest").isCloseTo(longest,
                    org.assertj.core.data.Offset.offset(0.01f));
            assertThat(text(pdf)).contains("Chat lines by team", "Answers by team", "Nottinghamshire", "800");
            assertThat(bluePixels(pdf)).as("the bars show when the page is rendered").isGreaterThan(2000);
        }
    }

    @Test
    void aWordCloudDrawsTheWordsInFiveSizesInsteadOfATable() throws IOException {
        Section.Builder words = Section.builder("Words used in Chats", List.of("Word", "Uses")).layout(Section.Layout.CHARTS_ONLY)
                .chart(Chart.wordCloud(1));
        for (int i = 0; i < 40; i++) {
            words.row("word" + (char) ('a' + i % 26) + i, 200 - 5 * i);
        }
        try (PDDocument pdf = write("Words", words.build())) {
            assertThat(fontSizes(pdf.getPage(0))).as("five sizes of words, and the title's and heading's").contains(9f, 12f, 15f, 19f, 24f);
            String text = text(pdf);
            assertThat(text).contains("worda0", "wordn39").doesNotContain("Uses");
        }
    }

    @Test
    void headlineFiguresAreLargeNumbersWithTheirLabelsAndANoteReadsAboveThem() throws IOException {
        try (PDDocument pdf = write("Zone", Section.builder("Key activity figures", List.of("Figure", "Value")).layout(Section.Layout.FIGURES)
                .note("270 students from 12 schools connected with 36 professionals.")
                .row("Students logged in", 270).row("Students active (%)", 89).row("Lines of Chat", 4706).row("Average lines per Chat", null)
                .build())) {
            assertThat(fontSizes(pdf.getPage(0))).contains(20f);
            assertThat(text(pdf)).contains("270 students from 12 schools", "Students logged in", "4,706", "Average lines per Chat")
                    .doesNotContain("Figure Value");
            assertThat(filledRectangles(pdf.getPage(0), ReportPdf.PALETTE[0])).as("a blue edge on each of four cards").hasSize(4);
        }
    }

    private static byte[] png(int width, int height) throws IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(java.awt.Color.ORANGE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    private static int images(PDPage page) throws IOException {
        int count = 0;
        for (org.apache.pdfbox.cos.COSName name : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) {
                count++;
            }
        }
        return count;
    }

    /** The page's drawing operators read back: rectangles filled in this colour, as {x, y, width, height}, in drawing order. */
    private static List<float[]> filledRectangles(PDPage page, float[] colour) throws IOException {
        List<Object> tokens = new org.apache.pdfbox.pdfparser.PDFStreamParser(page).parse();
        List<float[]> found = new ArrayList<>();
        float[] fill = null;
        float[] rectangle = null;
        List<Float> operands = new ArrayList<>();
        for (Object token : tokens) {
            if (token instanceof org.apache.pdfbox.cos.COSNumber number) {
                operands.add(number.floatValue());
                continue;
            }
            if (token instanceof org.apache.pdfbox.contentstream.operator.Operator operator) {
                switch (operator.getName()) {
                    case "rg" -> fill = new float[]{operands.get(0), operands.get(1), operands.get(2)};
                    case "re" -> rectangle = new float[]{operands.get(0), operands.get(1), operands.get(2), operands.get(3)};
                    case "f" -> {
                        if (rectangle != null && fill != null && Math.abs(fill[0] - colour[0]) < 0.01 && Math.abs(fill[1] - colour[1]) < 0.01
                                && Math.abs(fill[2] - colour[2]) < 0.01) {
                            found.add(rectangle);
                        }
                        rectangle = null;
                    }
                    default -> {
                    }
                }
            }
            operands.clear();
        }
        return found;
    }

    private static java.util.Set<Float> fontSizes(PDPage page) throws IOException {
        java.util.Set<Float> sizes = new java.util.TreeSet<>();
        Object previous = null;
        for (Object token : new org.apache.pdfbox.pdfparser.PDFStreamParser(page).parse()) {
            if (token instanceof org.apache.pdfbox.contentstream.operator.Operator operator && operator.getName().equals("Tf")
                    && previous instanceof org.apache.pdfbox.cos.COSNumber size) {
                sizes.add(size.floatValue());
            }
            previous = token;
        }
        return sizes;
    }

    /** Pixels of NHS blue on the first page rendered at 72 dpi. */
    private static int bluePixels(PDDocument pdf) throws IOException {
        java.awt.image.BufferedImage image = new org.apache.pdfbox.rendering.PDFRenderer(pdf).renderImage(0);
        int count = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (r < 20 && Math.abs(g - 94) < 20 && Math.abs(b - 184) < 20) {
                    count++;
                }
            }
        }
        return count;
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
