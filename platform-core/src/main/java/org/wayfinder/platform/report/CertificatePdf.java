package org.wayfinder.platform.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.wayfinder.platform.spi.report.Certificate;

/**
 * A certificate as one A4 landscape page of PDF, drawn with PDFBox in the typeface of the reports
 * ({@link ReportPdf.Typeface}: Liberation Sans embedded, bold by outlining, "?" for a character it
 * cannot draw). Inside a border in NHS blue: the programme's logo at the top left, then centred the
 * title, "This is to certify that", the name, what it is awarded for and the detail lines, and at
 * the bottom the programme and the day it was issued.
 *
 * <p>The certificate stays one page whatever its words: a long name or achievement wraps, and when
 * the middle of the page would then overflow, all of it is drawn smaller, down to half size; only
 * words that still do not fit at half size are cut short with "…".
 */
final class CertificatePdf {

    static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());

    static final String CERTIFY = "This is to certify that";

    private static final float BORDER = 22;
    private static final float INNER_BORDER = 30;
    /** The logo's corner and the bottom line's distance from the page's edge, inside the border. */
    private static final float INSET = 48;
    private static final float SIDE = 72;
    private static final float WIDTH = PAGE.getWidth() - 2 * SIDE;

    private static final float LOGO_WIDTH = 170;
    private static final float LOGO_HEIGHT = 70;

    private static final float TITLE_SIZE = 30;
    private static final float CERTIFY_SIZE = 13;
    private static final float NAME_SIZE = 30;
    private static final float ACHIEVEMENT_SIZE = 15;
    private static final float DETAIL_SIZE = 12;
    private static final float PROGRAMME_SIZE = 14;
    private static final float ISSUED_SIZE = 11;

    private static final float SMALLEST = 0.5f;

    private CertificatePdf() {
    }

    static byte[] write(Certificate certificate) {
        try (PDDocument document = new PDDocument(); TrueTypeFont font = ReportPdf.liberationSans()) {
            ReportPdf.describe(document, certificate.title());
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            ReportPdf.Typeface type = new ReportPdf.Typeface(document, font);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                new Page(type, content).draw(certificate, ReportPdf.logo(document, certificate.logo()));
            }
            return ReportPdf.save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines of one size, colour and weight, and the room left above them. */
    private record Block(List<String> lines, float size, boolean bold, float[] colour, float gap) {

        float height() {
            return gap + lines.size() * ReportPdf.Typeface.leading(size);
        }
    }

    private record Page(ReportPdf.Typeface type, PDPageContentStream content) {

        void draw(Certificate certificate, PDImageXObject logo) throws IOException {
            border();
            float top = PAGE.getHeight() - INSET - 8;
            if (logo != null) {
                float scale = Math.min(Math.min(LOGO_WIDTH / logo.getWidth(), LOGO_HEIGHT / logo.getHeight()), 1f);
                float height = logo.getHeight() * scale;
                content.drawImage(logo, INSET, PAGE.getHeight() - INSET - height, logo.getWidth() * scale, height);
                // The title starts under the logo, however wide, as a long title centred would run into it.
                top = PAGE.getHeight() - INSET - height - 16;
            }
            float bottom = INSET + foot(certificate) + 20;
            List<Block> middle = middle(certificate, bottom, top);
            float height = (float) middle.stream().mapToDouble(Block::height).sum();
            draw(middle, top - (top - bottom - height) / 2);
        }

        /** A thick rule round the page and a thin one inside it, both in NHS blue. */
        private void border() throws IOException {
            float[] blue = ReportPdf.PALETTE[0];
            content.setStrokingColor(blue[0], blue[1], blue[2]);
            content.setLineWidth(4);
            content.addRect(BORDER, BORDER, PAGE.getWidth() - 2 * BORDER, PAGE.getHeight() - 2 * BORDER);
            content.stroke();
            content.setLineWidth(0.75f);
            content.addRect(INNER_BORDER, INNER_BORDER, PAGE.getWidth() - 2 * INNER_BORDER, PAGE.getHeight() - 2 * INNER_BORDER);
            content.stroke();
        }

        /**
         * The programme and the issued line at the bottom of the page, under a short blue rule;
         * each at most two lines, as they are a name and a date. Its height.
         */
        private float foot(Certificate certificate) throws IOException {
            List<Block> foot = new ArrayList<>();
            if (!certificate.programme().isBlank()) {
                foot.add(block(certificate.programme(), PROGRAMME_SIZE, true, ReportPdf.INK, 0, 2));
            }
            if (!certificate.issued().isBlank()) {
                foot.add(block(certificate.issued(), ISSUED_SIZE, false, ReportPdf.MUTED, 2, 2));
            }
            if (foot.isEmpty()) {
                return 0;
            }
            float height = (float) foot.stream().mapToDouble(Block::height).sum();
            draw(foot, INSET + height);
            float[] blue = ReportPdf.PALETTE[0];
            content.setNonStrokingColor(blue[0], blue[1], blue[2]);
            content.addRect((PAGE.getWidth() - 140) / 2, INSET + height + 10, 140, 2);
            content.fill();
            return height + 12;
        }

        /**
         * The middle of the page at the largest size that fits between {@code bottom} and
         * {@code top}: full size when it can, smaller by steps of a twentieth down to half, and
         * at half size with each part cut to a few lines when even that is too tall.
         */
        private List<Block> middle(Certificate certificate, float bottom, float top) throws IOException {
            for (float scale = 1; scale >= SMALLEST - 0.001f; scale -= 0.05f) {
                List<Block> blocks = middle(certificate, scale, false);
                if (blocks.stream().mapToDouble(Block::height).sum() <= top - bottom) {
                    return blocks;
                }
            }
            return middle(certificate, SMALLEST, true);
        }

        private List<Block> middle(Certificate certificate, float scale, boolean cut) throws IOException {
            float[] blue = ReportPdf.PALETTE[0];
            List<Block> blocks = new ArrayList<>();
            blocks.add(block(certificate.title(), TITLE_SIZE * scale, true, blue, 0, cut ? 2 : 0));
            blocks.add(block(CERTIFY, CERTIFY_SIZE * scale, false, ReportPdf.MUTED, 16 * scale, 0));
            blocks.add(block(certificate.awardedTo(), NAME_SIZE * scale, true, ReportPdf.INK, 8 * scale, cut ? 3 : 0));
            blocks.add(block(certificate.achievement(), ACHIEVEMENT_SIZE * scale, false, ReportPdf.INK, 8 * scale, cut ? 4 : 0));
            float gap = 14 * scale;
            for (String detail : certificate.details()) {
                blocks.add(block(detail, DETAIL_SIZE * scale, false, ReportPdf.MUTED, gap, cut ? 1 : 0));
                gap = 0;
            }
            return blocks;
        }

        /** Text wrapped to the page's width; with {@code most} above 0, no more lines than that, the last ending "…" when cut. */
        private Block block(String text, float size, boolean bold, float[] colour, float gap, int most) throws IOException {
            List<String> lines = type.wrap(text, WIDTH, size);
            if (most > 0 && lines.size() > most) {
                lines = new ArrayList<>(lines.subList(0, most));
                String last = lines.get(most - 1);
                while (!last.isEmpty() && type.width(last + " …", size) > WIDTH) {
                    last = last.substring(0, last.offsetByCodePoints(last.length(), -1));
                }
                lines.set(most - 1, last.stripTrailing() + " …");
            }
            return new Block(lines, size, bold, colour, gap);
        }

        /** The blocks one under another from {@code top}, each line centred. */
        private void draw(List<Block> blocks, float top) throws IOException {
            float y = top;
            for (Block block : blocks) {
                y -= block.gap();
                for (String line : block.lines()) {
                    float x = (PAGE.getWidth() - type.width(line, block.size())) / 2;
                    type.draw(content, line, x, type.baseline(y, block.size()), block.size(), block.bold(), block.colour());
                    y -= ReportPdf.Typeface.leading(block.size());
                }
            }
        }
    }
}
