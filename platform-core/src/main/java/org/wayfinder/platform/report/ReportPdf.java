package org.wayfinder.platform.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.wayfinder.platform.spi.report.Cell;
import org.wayfinder.platform.spi.report.Report;
import org.wayfinder.platform.spi.report.Section;

/**
 * A report as A4 PDF pages, drawn with Apache PDFBox 3 ({@code org.apache.pdfbox:pdfbox}, Apache
 * 2.0; iText, the usual alternative, is AGPL). The title and subtitle open the first page; each
 * section is its heading and a table with ruled cells, a shaded header and alternate rows shaded,
 * text wrapped inside its column and numbers aligned right. A table that runs over a page goes on
 * after a page break under its header drawn again; a row is kept whole unless it is taller than a
 * page. A section with no rows says {@value Section#NONE_YET}. Every page ends with the title and
 * "Page n of N".
 *
 * <p>The font is Liberation Sans (SIL Open Font Licence), the TrueType font PDFBox ships inside
 * its own jar, embedded as a subset. PDFBox's standard 14 fonts only encode WinAnsi, so a name such
 * as "Łukasz" would stop the export; Liberation Sans covers Latin with its accents, Greek, Cyrillic,
 * "£", "€" and curly quotes. A character it has no glyph for (Chinese, Arabic, emoji) is printed as
 * "?" rather than failing the whole file: the CSV and XLSX exports keep every character. Bold is
 * drawn by outlining the regular glyphs, as the jar holds no bold face.
 */
final class ReportPdf {

    /** Where PDFBox keeps Liberation Sans; the unit tests fail if a PDFBox upgrade moves it. */
    static final String FONT_RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    static final PDRectangle PAGE = PDRectangle.A4;

    private static final byte[] FONT = readFont();

    private static final float SIDE = 50;
    private static final float TOP = 56;
    private static final float BOTTOM = 56;
    private static final float FOOTER_BASELINE = 30;
    private static final float WIDTH = PAGE.getWidth() - 2 * SIDE;

    private static final float TITLE_SIZE = 18;
    private static final float HEADING_SIZE = 13;
    private static final float TEXT_SIZE = 10;
    private static final float TABLE_SIZE = 9;
    private static final float FOOTER_SIZE = 8;
    private static final float PAD = 4;

    private static final float[] INK = {0.1f, 0.1f, 0.1f};
    private static final float[] MUTED = {0.33f, 0.33f, 0.33f};
    private static final float[] RULE = {0.6f, 0.6f, 0.6f};
    private static final float[] HEADER_FILL = {0.867f, 0.894f, 0.933f};
    private static final float[] STRIPE_FILL = {0.957f, 0.957f, 0.957f};

    private ReportPdf() {
    }

    static byte[] write(Report report) {
        try (PDDocument document = new PDDocument(); TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(FONT))) {
            new Pages(document, PDType0Font.load(document, font, true), font.getUnicodeCmapLookup()).report(report);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readFont() {
        try (InputStream in = ReportPdf.class.getResourceAsStream(FONT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("PDFBox no longer ships " + FONT_RESOURCE + "; PDF reports need another font");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The pages of one document as they are filled, top to bottom; {@code y} is where the next thing goes. */
    private static final class Pages {

        private final PDDocument document;
        private final PDFont font;
        private final CmapLookup glyphs;
        private final float ascent;
        private final float descent;
        private PDPageContentStream content;
        private float y;

        Pages(PDDocument document, PDFont font, CmapLookup glyphs) {
            this.document = document;
            this.font = font;
            this.glyphs = glyphs;
            this.ascent = font.getFontDescriptor().getAscent() / 1000;
            this.descent = -font.getFontDescriptor().getDescent() / 1000;
        }

        void report(Report report) throws IOException {
            document.getDocumentInformation().setTitle(report.title());
            document.getDocumentInformation().setCreator("Wayfinder");
            document.getDocumentCatalog().setLanguage("en-GB");
            newPage();
            lines(wrap(report.title(), WIDTH, TITLE_SIZE), TITLE_SIZE, true, INK);
            if (!report.subtitle().isBlank()) {
                y -= 2;
                lines(wrap(report.subtitle(), WIDTH, TEXT_SIZE), TEXT_SIZE, false, MUTED);
            }
            for (Section section : report.sections()) {
                section(section);
            }
            content.close();
            footers(report.title());
        }

        private void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = PAGE.getHeight() - TOP;
        }

        private boolean fits(float height) {
            return y - height >= BOTTOM;
        }

        private void section(Section section) throws IOException {
            y -= 16;
            List<String> heading = wrap(section.heading(), WIDTH, HEADING_SIZE);
            float headingHeight = heading.size() * leading(HEADING_SIZE) + 4;
            if (section.rows().isEmpty()) {
                if (!fits(headingHeight + leading(TEXT_SIZE))) {
                    newPage();
                }
                lines(heading, HEADING_SIZE, true, INK);
                y -= 4;
                lines(List.of(Section.NONE_YET), TEXT_SIZE, false, MUTED);
                return;
            }
            Table table = new Table(section);
            if (!fits(headingHeight + table.header.height() + leading(TABLE_SIZE) + 2 * PAD)) {
                newPage();
            }
            lines(heading, HEADING_SIZE, true, INK);
            y -= 4;
            table.draw();
        }

        /** Lines of running text at the left margin, going on to a new page when one is full. */
        private void lines(List<String> lines, float size, boolean bold, float[] colour) throws IOException {
            for (String line : lines) {
                if (!fits(leading(size))) {
                    newPage();
                }
                text(line, SIDE, baseline(y, size), size, bold, colour);
                y -= leading(size);
            }
        }

        private void footers(String title) throws IOException {
            int count = document.getNumberOfPages();
            for (int i = 0; i < count; i++) {
                try (PDPageContentStream footer = new PDPageContentStream(document, document.getPage(i),
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    content = footer;
                    String number = "Page " + (i + 1) + " of " + count;
                    float numberWidth = width(number, FOOTER_SIZE);
                    List<String> name = wrap(title, WIDTH - numberWidth - 20, FOOTER_SIZE);
                    text(name.get(0) + (name.size() > 1 ? " …" : ""), SIDE, FOOTER_BASELINE, FOOTER_SIZE, false, MUTED);
                    text(number, SIDE + WIDTH - numberWidth, FOOTER_BASELINE, FOOTER_SIZE, false, MUTED);
                }
            }
        }

        private void text(String line, float x, float baseline, float size, boolean bold, float[] colour) throws IOException {
            if (line.isEmpty()) {
                return;
            }
            content.beginText();
            content.setFont(font, size);
            content.setNonStrokingColor(colour[0], colour[1], colour[2]);
            if (bold) {
                content.setStrokingColor(colour[0], colour[1], colour[2]);
                content.setLineWidth(size * 0.035f);
                content.setRenderingMode(RenderingMode.FILL_STROKE);
            }
            content.newLineAtOffset(x, baseline);
            content.showText(line);
            if (bold) {
                content.setRenderingMode(RenderingMode.FILL);
            }
            content.endText();
        }

        private static float leading(float size) {
            return size * 1.3f;
        }

        /** The baseline of a line whose box starts at {@code top}: the glyphs centred in the line's height. */
        private float baseline(float top, float size) {
            return top - (leading(size) + (ascent - descent) * size) / 2;
        }

        private float width(String text, float size) throws IOException {
            return font.getStringWidth(text) / 1000 * size;
        }

        /**
         * Text cut into lines no wider than {@code width}: at its own line breaks, then between
         * words, and inside a word only when the word alone is wider. Always at least one line.
         */
        private List<String> wrap(String raw, float width, float size) throws IOException {
            List<String> lines = new ArrayList<>();
            for (String paragraph : printable(raw).split("\n", -1)) {
                StringBuilder line = new StringBuilder();
                for (String word : paragraph.split(" ")) {
                    if (word.isEmpty()) {
                        continue;
                    }
                    String longer = line.isEmpty() ? word : line + " " + word;
                    if (width(longer, size) <= width) {
                        line.setLength(0);
                        line.append(longer);
                        continue;
                    }
                    if (!line.isEmpty()) {
                        lines.add(line.toString());
                        line.setLength(0);
                    }
                    String rest = word;
                    while (width(rest, size) > width) {
                        int cut = fitting(rest, width, size);
                        lines.add(rest.substring(0, cut));
                        rest = rest.substring(cut);
                    }
                    line.append(rest);
                }
                lines.add(line.toString());
            }
            return lines;
        }

        /** How many chars of a too-wide word fit in the width: at least one character, whole code points. */
        private int fitting(String word, float width, float size) throws IOException {
            int end = word.offsetByCodePoints(0, 1);
            while (end < word.length()) {
                int next = word.offsetByCodePoints(end, 1);
                if (width(word.substring(0, next), size) > width) {
                    break;
                }
                end = next;
            }
            return end;
        }

        /**
         * Text as the font can draw it: composed (an "e" with a separate diaeresis becomes "ë"),
         * line breaks as {@code \n}, tabs as spaces, invisible control and format characters dropped,
         * and a character the font has no glyph for as "?".
         */
        private String printable(String raw) {
            String text = Normalizer.normalize(raw, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ');
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(point -> {
                if (point == '\n') {
                    out.append('\n');
                } else if (Character.isISOControl(point) || Character.getType(point) == Character.FORMAT) {
                    return;
                } else if (glyphs.getGlyphId(point) == 0) {
                    out.append('?');
                } else {
                    out.appendCodePoint(point);
                }
            });
            return out.toString();
        }

        /** One section's table: its column widths, its header, and drawing it row by row across pages. */
        private final class Table {

            private final Section section;
            private final float[] widths;
            private final boolean[] numeric;
            private final Row header;

            Table(Section section) throws IOException {
                this.section = section;
                int columns = section.columns().size();
                numeric = new boolean[columns];
                for (int c = 0; c < columns; c++) {
                    int column = c;
                    numeric[c] = section.rows().stream().map(row -> row.get(column)).noneMatch(Cell.Text.class::isInstance);
                }
                widths = widths();
                header = row(section.columns().stream().<Cell>map(Cell.Text::new).toList());
            }

            /**
             * Each column as wide as its longest line where the page allows; when it does not,
             * the columns that fit in an even share keep their width and the wider ones divide the
             * rest in proportion, so long text wraps to about as many lines in each. Spare room
             * is spread in proportion, so every table is as wide as the page.
             */
            private float[] widths() throws IOException {
                int columns = section.columns().size();
                float[] natural = new float[columns];
                for (int c = 0; c < columns; c++) {
                    natural[c] = longest(section.columns().get(c)) + 2 * PAD;
                    for (List<Cell> row : section.rows()) {
                        natural[c] = Math.max(natural[c], longest(row.get(c).text()) + 2 * PAD);
                    }
                }
                float[] widths = new float[columns];
                boolean[] settled = new boolean[columns];
                float left = WIDTH;
                int open = columns;
                boolean changed = true;
                while (changed && open > 0) {
                    changed = false;
                    float share = left / open;
                    for (int c = 0; c < columns; c++) {
                        if (!settled[c] && natural[c] <= share) {
                            widths[c] = natural[c];
                            settled[c] = true;
                            left -= natural[c];
                            open--;
                            changed = true;
                        }
                    }
                }
                float wanted = 0;
                for (int c = 0; c < columns; c++) {
                    wanted += settled[c] ? 0 : natural[c];
                }
                float used = WIDTH - left;
                for (int c = 0; c < columns; c++) {
                    widths[c] = settled[c] ? (open == 0 ? widths[c] + left * widths[c] / used : widths[c]) : left * natural[c] / wanted;
                }
                return widths;
            }

            private float longest(String text) throws IOException {
                float longest = 0;
                for (String line : printable(text).split("\n")) {
                    longest = Math.max(longest, width(line, TABLE_SIZE) + TABLE_SIZE * 0.035f);
                }
                return longest;
            }

            /** A row's cells wrapped to their columns. */
            private Row row(List<Cell> cells) throws IOException {
                List<List<String>> wrapped = new ArrayList<>(cells.size());
                for (int c = 0; c < cells.size(); c++) {
                    wrapped.add(wrap(cells.get(c).text(), widths[c] - 2 * PAD, TABLE_SIZE));
                }
                return new Row(cells, wrapped);
            }

            void draw() throws IOException {
                drawHeader();
                float linesOnAFreshPage = (PAGE.getHeight() - TOP - BOTTOM - header.height() - 2 * PAD) / leading(TABLE_SIZE);
                for (int r = 0; r < section.rows().size(); r++) {
                    Row row = row(section.rows().get(r));
                    float[] fill = r % 2 == 1 ? STRIPE_FILL : null;
                    int from = 0;
                    while (from < row.lines()) {
                        int left = row.lines() - from;
                        int room = (int) Math.floor((y - BOTTOM - 2 * PAD) / leading(TABLE_SIZE));
                        boolean keepWhole = from == 0 && left <= linesOnAFreshPage;
                        if (room >= left || (room >= 1 && !keepWhole)) {
                            int to = from + Math.min(room, left);
                            draw(row, from, to, fill, false);
                            from = to;
                        }
                        if (from < row.lines()) {
                            newPage();
                            drawHeader();
                        }
                    }
                }
            }

            private void drawHeader() throws IOException {
                draw(header, 0, header.lines(), HEADER_FILL, true);
            }

            /** Lines {@code from} (inclusive) to {@code to} of a row, in ruled cells. */
            private void draw(Row row, int from, int to, float[] fill, boolean bold) throws IOException {
                float height = (to - from) * leading(TABLE_SIZE) + 2 * PAD;
                if (fill != null) {
                    content.setNonStrokingColor(fill[0], fill[1], fill[2]);
                    content.addRect(SIDE, y - height, WIDTH, height);
                    content.fill();
                }
                float x = SIDE;
                for (int c = 0; c < widths.length; c++) {
                    List<String> lines = row.wrapped().get(c);
                    boolean right = row.cells().get(c) instanceof Cell.Numeric || (bold && numeric[c]);
                    for (int k = from; k < Math.min(to, lines.size()); k++) {
                        String line = lines.get(k);
                        float at = right ? x + widths[c] - PAD - width(line, TABLE_SIZE) : x + PAD;
                        text(line, at, baseline(y - PAD - (k - from) * leading(TABLE_SIZE), TABLE_SIZE), TABLE_SIZE, bold, INK);
                    }
                    x += widths[c];
                }
                content.setStrokingColor(RULE[0], RULE[1], RULE[2]);
                content.setLineWidth(0.5f);
                x = SIDE;
                for (float columnWidth : widths) {
                    content.addRect(x, y - height, columnWidth, height);
                    x += columnWidth;
                }
                content.stroke();
                y -= height;
            }
        }

        /** A row with each cell's text already cut into lines. */
        private record Row(List<Cell> cells, List<List<String>> wrapped) {

            int lines() {
                return wrapped.stream().mapToInt(List::size).max().orElse(1);
            }

            float height() {
                return lines() * leading(TABLE_SIZE) + 2 * PAD;
            }
        }
    }
}
