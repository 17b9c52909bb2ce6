package org.wayfinder.platform.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.wayfinder.platform.spi.report.Certificate;

/** Certificates read back with PDFBox's text extraction, as a reader's copy and paste would see them. */
class CertificatePdfTest {

    private static final List<String> DETAILS = List.of("Tuesday 3 March 2026, 10:00 to 12:00", "Attended 3 of 3 sessions");

    private static Certificate certificate(String name, List<String> details) {
        return new Certificate("Certificate of attendance", name, "attended Careers in the NHS, a career event", details,
                "Healthcare Zone", "Issued 7 December 2026", null);
    }

    private static PDDocument write(Certificate certificate) throws IOException {
        return Loader.loadPDF(ReportFiles.certificate(certificate));
    }

    private static String text(PDDocument pdf) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper.getText(pdf);
    }

    /** The extracted text with its line breaks as spaces, so words wrapped over lines read as they were given. */
    private static String flowing(PDDocument pdf) throws IOException {
        return String.join(" ", text(pdf).lines().map(String::strip).toList());
    }

    @Test
    void oneLandscapeA4PageWithEveryPartInOrder() throws IOException {
        try (PDDocument pdf = write(certificate("Amara Okafor", DETAILS))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            PDRectangle size = pdf.getPage(0).getMediaBox();
            assertThat(size.getWidth()).isEqualTo(PDRectangle.A4.getHeight());
            assertThat(size.getHeight()).isEqualTo(PDRectangle.A4.getWidth());
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Certificate of attendance");
            assertThat(pdf.getDocumentInformation().getCreator()).isEqualTo("Wayfinder");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(text(pdf).lines().map(String::strip).toList()).containsSubsequence("Certificate of attendance",
                    "This is to certify that", "Amara Okafor", "attended Careers in the NHS, a career event",
                    "Tuesday 3 March 2026, 10:00 to 12:00", "Attended 3 of 3 sessions", "Healthcare Zone", "Issued 7 December 2026");
            assertThat(images(pdf.getPage(0))).as("no logo given, none drawn").isZero();
        }
    }

    @Test
    void aVeryLongNameAndTwelveDetailsStayOnTheOnePage() throws IOException {
        String name = IntStream.rangeClosed(1, 30).mapToObj(n -> "Forename" + n).reduce((a, b) -> a + " " + b).orElseThrow();
        List<String> details = IntStream.rangeClosed(1, Certificate.MAX_DETAILS).mapToObj(n -> "Session " + n + ", Tuesday 3 March 2026").toList();
        String achievement = IntStream.rangeClosed(1, 40).mapToObj(n -> "step" + n).reduce((a, b) -> a + " " + b).orElseThrow();
        try (PDDocument pdf = write(new Certificate("Certificate of attendance", name, achievement, details, "Healthcare Zone",
                "Issued 7 December 2026", null))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            String text = flowing(pdf);
            assertThat(text).contains(name, achievement, "Healthcare Zone", "Issued 7 December 2026");
            details.forEach(detail -> assertThat(text).contains(detail));
            PDRectangle page = pdf.getPage(0).getMediaBox();
            assertThat(textPositions(pdf)).as("every character inside the page").allSatisfy(at -> {
                assertThat(at[0]).isBetween(0f, page.getWidth());
                assertThat(at[1]).isBetween(0f, page.getHeight());
            });
        }
    }

    @Test
    void anUnbrokenNameFarTooLongIsCutShortRatherThanRunningOffThePage() throws IOException {
        try (PDDocument pdf = write(certificate("x".repeat(5000), DETAILS))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(text(pdf)).contains("…", "Tuesday 3 March 2026, 10:00 to 12:00", "Issued 7 December 2026");
            PDRectangle page = pdf.getPage(0).getMediaBox();
            assertThat(textPositions(pdf)).allSatisfy(at -> assertThat(at[1]).isBetween(0f, page.getHeight()));
        }
    }

    @Test
    void theLogoIsDrawnAndADamagedOneIsLeftOut() throws IOException {
        byte[] png = png(300, 120);
        try (PDDocument pdf = write(certificate("Amara Okafor", DETAILS).withLogo(png))) {
            assertThat(images(pdf.getPage(0))).isEqualTo(1);
            assertThat(text(pdf)).contains("Amara Okafor");
        }
        byte[] damaged = Arrays.copyOf(png, png.length / 2);
        for (byte[] logo : List.of(damaged, "RIFF....WEBPVP8 ".getBytes(StandardCharsets.US_ASCII), new byte[]{1, 2, 3})) {
            try (PDDocument pdf = write(certificate("Amara Okafor", DETAILS).withLogo(logo))) {
                assertThat(images(pdf.getPage(0))).as("a logo PDFBox cannot read is left out, not fatal").isZero();
                assertThat(text(pdf)).contains("Amara Okafor", "Healthcare Zone");
            }
        }
    }

    @Test
    void namesOutsideLatin1SurviveAndAnEmojiPrintsAsAQuestionMark() throws IOException {
        try (PDDocument pdf = write(certificate("Łukasz Żółć", DETAILS))) {
            assertThat(text(pdf)).contains("Łukasz Żółć");
        }
        try (PDDocument pdf = write(certificate("Amara 🙂 Okafor", DETAILS))) {
            assertThat(text(pdf)).contains("Amara ? Okafor");
        }
    }

    @Test
    void theNameIsBoldAndTheBorderIsNhsBlue() throws IOException {
        try (PDDocument pdf = write(certificate("Amara Okafor", DETAILS))) {
            assertThat(strokedRectangles(pdf.getPage(0), ReportPdf.PALETTE[0])).as("a thick rule round the page, a thin one inside").hasSize(2);
            assertThat(fillStrokeTextSizes(pdf.getPage(0))).as("the title, the name and the programme bold by outlining, as in the reports")
                    .containsExactlyInAnyOrder(30f, 30f, 14f);
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

    /** The page's drawing operators read back: rectangles stroked in this colour, as {x, y, width, height}. */
    private static List<float[]> strokedRectangles(PDPage page, float[] colour) throws IOException {
        List<float[]> found = new java.util.ArrayList<>();
        float[] stroke = null;
        float[] rectangle = null;
        List<Float> operands = new java.util.ArrayList<>();
        for (Object token : new org.apache.pdfbox.pdfparser.PDFStreamParser(page).parse()) {
            if (token instanceof org.apache.pdfbox.cos.COSNumber number) {
                operands.add(number.floatValue());
                continue;
            }
            if (token instanceof org.apache.pdfbox.contentstream.operator.Operator operator) {
                switch (operator.getName()) {
                    case "RG" -> stroke = new float[]{operands.get(0), operands.get(1), operands.get(2)};
                    case "re" -> rectangle = new float[]{operands.get(0), operands.get(1), operands.get(2), operands.get(3)};
                    case "S" -> {
                        if (rectangle != null && stroke != null && Math.abs(stroke[0] - colour[0]) < 0.01
                                && Math.abs(stroke[1] - colour[1]) < 0.01 && Math.abs(stroke[2] - colour[2]) < 0.01) {
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

    /** The font sizes of the text drawn filled and outlined (rendering mode 2), in drawing order. */
    private static List<Float> fillStrokeTextSizes(PDPage page) throws IOException {
        List<Float> sizes = new java.util.ArrayList<>();
        float size = 0;
        boolean outlined = false;
        Object previous = null;
        for (Object token : new org.apache.pdfbox.pdfparser.PDFStreamParser(page).parse()) {
            if (token instanceof org.apache.pdfbox.contentstream.operator.Operator operator && previous instanceof org.apache.pdfbox.cos.COSNumber number) {
                switch (operator.getName()) {
                    case "Tf" -> size = number.floatValue();
                    case "Tr" -> outlined = number.intValue() == 2;
                    default -> {
                    }
                }
            }
            if (token instanceof org.apache.pdfbox.contentstream.operator.Operator operator && operator.getName().equals("Tj") && outlined) {
                sizes.add(size);
            }
            previous = token;
        }
        return sizes;
    }

    /** Where each character of the text is drawn, as {x, y} from the page's bottom left, its right edge for x. */
    private static List<float[]> textPositions(PDDocument pdf) throws IOException {
        List<float[]> positions = new java.util.ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(org.apache.pdfbox.text.TextPosition text) {
                positions.add(new float[]{text.getX() + text.getWidth(), text.getPageHeight() - text.getY()});
                positions.add(new float[]{text.getX(), text.getPageHeight() - text.getY() + text.getHeight()});
            }
        };
        stripper.getText(pdf);
        return positions;
    }
}
