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
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.wayfinder.platform.spi.report.Cell;
import org.wayfinder.platform.spi.report.Chart;
import org.wayfinder.platform.spi.report.Cover;
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
 * <p>A report with a {@link Cover} starts with a cover page: the programme's logo, the title, the
 * programme and the period. A section may carry a note (a paragraph under its heading), charts of its
 * columns drawn as vector graphics (horizontal bars, a word cloud) and a layout: a table, headline
 * figures as large numbers three to a line, or the charts alone.
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

    static final float[] INK = {0.1f, 0.1f, 0.1f};
    static final float[] MUTED = {0.33f, 0.33f, 0.33f};
    private static final float[] RULE = {0.6f, 0.6f, 0.6f};
    private static final float[] HEADER_FILL = {0.867f, 0.894f, 0.933f};
    private static final float[] STRIPE_FILL = {0.957f, 0.957f, 0.957f};
    /** NHS blue (#005EB8), then dark green and purple from the NHS palette, for bars and the word cloud. */
    static final float[][] PALETTE = {{0f, 0.369f, 0.722f}, {0f, 0.404f, 0.278f}, {0.263f, 0.129f, 0.525f}};

    private static final float COVER_TITLE_SIZE = 28;
    private static final float FIGURE_SIZE = 20;
    private static final float BAR_HEIGHT = 10;
    private static final float[] CLOUD_SIZES = {9, 12, 15, 19, 24};

    private ReportPdf() {
    }

    static byte[] write(Report report) {
        try (PDDocument document = new PDDocument(); TrueTypeFont font = liberationSans()) {
            new Pages(document, new Typeface(document, font)).report(report);
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Liberation Sans, parsed afresh for one document. It stays open until the document is saved,
     * as PDFBox cuts the embedded subset from it then.
     */
    static TrueTypeFont liberationSans() throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(FONT));
    }

    /** The document information every PDF of the platform carries: its title, Wayfinder as its creator, British English. */
    static void describe(PDDocument document, String title) {
        document.getDocumentInformation().setTitle(title);
        document.getDocumentInformation().setCreator("Wayfinder");
        document.getDocumentCatalog().setLanguage("en-GB");
    }

    static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        document.save(bytes);
        return bytes.toByteArray();
    }

    /**
     * A logo as an image of the document, when it is a PNG or JPEG PDFBox can read; null for a
     * logo it cannot read (WebP, a damaged file), which is left out rather than failing the file.
     */
    static PDImageXObject logo(PDDocument document, byte[] logo) {
        if (logo == null || logo.length == 0) {
            return null;
        }
        try {
            return PDImageXObject.createFromByteArray(document, logo, "logo");
        } catch (IOException | RuntimeException unreadable) {
            // Not only IOException: PDFBox refuses an unknown type with IllegalArgumentException, and
            // ImageIO's decoders can fail on damaged data with other unchecked exceptions.
            return null;
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

    /**
     * Liberation Sans embedded in one document, and what writing with it takes: measuring,
     * wrapping, replacing what it cannot draw, and drawing a line, bold by outlining. The reports
     * and the certificates share it, so a name prints the same in both.
     */
    static final class Typeface {

        private final PDFont font;
        private final CmapLookup glyphs;
        private final float ascent;
        private final float descent;

        /** The font embedded as a subset in the document; {@code font} comes from {@link ReportPdf#liberationSans()}. */
        Typeface(PDDocument document, TrueTypeFont font) throws IOException {
            this.font = PDType0Font.load(document, font, true);
            this.glyphs = font.getUnicodeCmapLookup();
            this.ascent = this.font.getFontDescriptor().getAscent() / 1000;
            this.descent = -this.font.getFontDescriptor().getDescent() / 1000;
        }

        /** How far the tallest glyphs rise above the baseline, as a share of the font's size. */
        float ascent() {
            return ascent;
        }

        /** A line of already printable text, its baseline at {@code baseline}. */
        void draw(PDPageContentStream content, String line, float x, float baseline, float size, boolean bold, float[] colour)
                throws IOException {
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

        static float leading(float size) {
            return size * 1.3f;
        }

        /** The baseline of a line whose box starts at {@code top}: the glyphs centred in the line's height. */
        float baseline(float top, float size) {
            return top - (leading(size) + (ascent - descent) * size) / 2;
        }

        float width(String text, float size) throws IOException {
            return font.getStringWidth(text) / 1000 * size;
        }

        /**
         * Text cut into lines no wider than {@code width}: at its own line breaks, then between
         * words, and inside a word only when the word alone is wider. Always at least one line.
         */
        List<String> wrap(String raw, float width, float size) throws IOException {
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
        String printable(String raw) {
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
    }

    /** The pages of one document as they are filled, top to bottom; {@code y} is where the next thing goes. */
    private static final class Pages {

        private final PDDocument document;
        private final Typeface type;
        private PDPageContentStream content;
        private float y;

        Pages(PDDocument document, Typeface type) {
            this.document = document;
            this.type = type;
        }

        void report(Report report) throws IOException {
            describe(document, report.title());
            newPage();
            if (report.cover() != null) {
                cover(report);
                newPage();
            } else {
                lines(wrap(report.title(), WIDTH, TITLE_SIZE), TITLE_SIZE, true, INK);
                if (!report.subtitle().isBlank()) {
                    y -= 2;
                    lines(wrap(report.subtitle(), WIDTH, TEXT_SIZE), TEXT_SIZE, false, MUTED);
                }
            }
            for (Section section : report.sections()) {
                section(section);
            }
            content.close();
            footers(report.title());
        }

        /**
         * The first page of a report that has a {@link Cover}: the logo at the top (when it is a
         * PNG or JPEG PDFBox can read; a logo it cannot read is left out rather than failing the
         * file), then a third of the way down the title, a rule in the programme palette's blue,
         * the programme, the period, and the subtitle.
         */
        private void cover(Report report) throws IOException {
            Cover cover = report.cover();
            PDImageXObject logo = logo(document, cover.logo());
            if (logo != null) {
                float scale = Math.min(Math.min(180f / logo.getWidth(), 90f / logo.getHeight()), 1f);
                float width = logo.getWidth() * scale;
                float height = logo.getHeight() * scale;
                content.drawImage(logo, SIDE, y - height, width, height);
            }
            y = PAGE.getHeight() * 0.62f;
            lines(wrap(report.title(), WIDTH, COVER_TITLE_SIZE), COVER_TITLE_SIZE, true, INK);
            y -= 8;
            content.setNonStrokingColor(PALETTE[0][0], PALETTE[0][1], PALETTE[0][2]);
            content.addRect(SIDE, y - 4, 120, 4);
            content.fill();
            y -= 20;
            if (!cover.programme().isBlank()) {
                lines(wrap(cover.programme(), WIDTH, 16), 16, true, INK);
            }
            if (!cover.period().isBlank()) {
                y -= 4;
                lines(wrap(cover.period(), WIDTH, HEADING_SIZE), HEADING_SIZE, false, MUTED);
            }
            if (!report.subtitle().isBlank()) {
                y = BOTTOM + 40;
                lines(wrap(report.subtitle(), WIDTH, TEXT_SIZE), TEXT_SIZE, false, MUTED);
            }
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
            List<String> note = section.note().isBlank() ? List.of() : wrap(section.note(), WIDTH, TEXT_SIZE);
            float noteHeight = note.isEmpty() ? 0 : note.size() * leading(TEXT_SIZE) + 6;
            if (section.rows().isEmpty()) {
                if (!fits(headingHeight + noteHeight + leading(TEXT_SIZE))) {
                    newPage();
                }
                lines(heading, HEADING_SIZE, true, INK);
                y -= 4;
                noteLines(note);
                lines(List.of(Section.NONE_YET), TEXT_SIZE, false, MUTED);
                return;
            }
            Table table = section.layout() == Section.Layout.TABLE ? new Table(section) : null;
            float first = table != null ? table.header.height() + leading(TABLE_SIZE) + 2 * PAD : 3 * leading(TABLE_SIZE);
            if (!fits(headingHeight + Math.min(noteHeight, 4 * leading(TEXT_SIZE)) + first)) {
                newPage();
            }
            lines(heading, HEADING_SIZE, true, INK);
            y -= 4;
            noteLines(note);
            for (Chart chart : section.charts()) {
                switch (chart.kind()) {
                    case BARS -> bars(section, chart);
                    case WORD_CLOUD -> cloud(section, chart);
                }
                y -= 8;
            }
            switch (section.layout()) {
                case TABLE -> {
                    if (!fits(first)) {
                        newPage();
                    }
                    table.draw();
                }
                case FIGURES -> figures(section);
                case CHARTS_ONLY -> {
                }
            }
        }

        private void noteLines(List<String> note) throws IOException {
            if (!note.isEmpty()) {
                lines(note, TEXT_SIZE, false, INK);
                y -= 6;
            }
        }

        /** Headline figures: each row's value large with its label under it, three to a line, on shaded cards. */
        private void figures(Section section) throws IOException {
            float gap = 8;
            float cardWidth = (WIDTH - 2 * gap) / 3;
            List<List<Cell>> rows = section.rows();
            for (int start = 0; start < rows.size(); start += 3) {
                List<List<Cell>> line = rows.subList(start, Math.min(start + 3, rows.size()));
                int labelLines = 1;
                for (List<Cell> row : line) {
                    labelLines = Math.max(labelLines, wrap(sentenceCase(row.get(0).text()), cardWidth - 2 * PAD - 4, TABLE_SIZE).size());
                }
                float height = leading(FIGURE_SIZE) + labelLines * leading(TABLE_SIZE) + 3 * PAD;
                if (!fits(height + gap)) {
                    newPage();
                }
                float x = SIDE;
                for (List<Cell> row : line) {
                    content.setNonStrokingColor(HEADER_FILL[0], HEADER_FILL[1], HEADER_FILL[2]);
                    content.addRect(x, y - height, cardWidth, height);
                    content.fill();
                    content.setNonStrokingColor(PALETTE[0][0], PALETTE[0][1], PALETTE[0][2]);
                    content.addRect(x, y - height, 3, height);
                    content.fill();
                    String value = row.get(1) == Cell.BLANK ? "-" : grouped(row.get(1));
                    text(printable(value), x + PAD + 4, baseline(y - PAD, FIGURE_SIZE), FIGURE_SIZE, true, INK);
                    float top = y - PAD - leading(FIGURE_SIZE);
                    for (String label : wrap(sentenceCase(row.get(0).text()), cardWidth - 2 * PAD - 4, TABLE_SIZE)) {
                        text(label, x + PAD + 4, baseline(top, TABLE_SIZE), TABLE_SIZE, false, MUTED);
                        top -= leading(TABLE_SIZE);
                    }
                    x += cardWidth + gap;
                }
                y -= height + gap;
            }
        }

        /**
         * Horizontal bars, one per row: the label (column 0) on the left third, the bar as long as
         * the row's value against the largest, the value at its end. A row that is not a number
         * (blank) has no bar and reads "-".
         */
        private void bars(Section section, Chart chart) throws IOException {
            float labelWidth = WIDTH * 0.36f;
            float valueRoom = 48;
            float barRoom = WIDTH - labelWidth - valueRoom - 2 * PAD;
            double largest = section.rows().stream().mapToDouble(row -> value(row.get(chart.column()))).max().orElse(0);
            List<String> title = chart.title().isBlank() ? List.of() : wrap(chart.title(), WIDTH, TEXT_SIZE);
            if (!fits(title.size() * leading(TEXT_SIZE) + 2 * leading(TABLE_SIZE))) {
                newPage();
            }
            lines(title, TEXT_SIZE, true, INK);
            y -= 2;
            float[] colour = PALETTE[0];
            for (List<Cell> row : section.rows()) {
                List<String> label = wrap(row.get(0).text(), labelWidth - PAD, TABLE_SIZE);
                float height = Math.max(label.size() * leading(TABLE_SIZE), BAR_HEIGHT) + 5;
                if (!fits(height)) {
                    newPage();
                }
                float top = y;
                for (String line : label) {
                    text(line, SIDE, baseline(top, TABLE_SIZE), TABLE_SIZE, false, INK);
                    top -= leading(TABLE_SIZE);
                }
                Cell cell = row.get(chart.column());
                double value = value(cell);
                float length = largest <= 0 ? 0 : (float) (barRoom * value / largest);
                float barTop = y - (height - 5 - BAR_HEIGHT) / 2;
                if (length > 0) {
                    content.setNonStrokingColor(colour[0], colour[1], colour[2]);
                    content.addRect(SIDE + labelWidth, barTop - BAR_HEIGHT, Math.max(length, 1), BAR_HEIGHT);
                    content.fill();
                }
                String written = cell instanceof Cell.Numeric ? grouped(cell) : "-";
                text(written, SIDE + labelWidth + length + PAD, baseline(barTop + (leading(TABLE_SIZE) - BAR_HEIGHT) / 2, TABLE_SIZE),
                        TABLE_SIZE, false, INK);
                y -= height;
            }
        }

        /**
         * The rows' words (column 0) in alphabetical order, each in one of five sizes by its value
         * (the least used shown smallest, the most used largest), in the palette's colours in turn,
         * flowing in lines across the page.
         */
        private void cloud(Section section, Chart chart) throws IOException {
            record Word(String text, float size, float[] colour) {
            }
            double least = section.rows().stream().mapToDouble(row -> value(row.get(chart.column()))).min().orElse(0);
            double most = section.rows().stream().mapToDouble(row -> value(row.get(chart.column()))).max().orElse(0);
            List<List<Cell>> rows = new ArrayList<>(section.rows());
            rows.sort(java.util.Comparator.comparing(row -> row.get(0).text(), String.CASE_INSENSITIVE_ORDER));
            List<List<Word>> lines = new ArrayList<>();
            List<Word> line = new ArrayList<>();
            float x = 0;
            float space = 8;
            int i = 0;
            for (List<Cell> row : rows) {
                double value = value(row.get(chart.column()));
                int step = most == least ? 2 : (int) Math.round(4 * (value - least) / (most - least));
                String word = printable(row.get(0).text()).replace('\n', ' ');
                float size = CLOUD_SIZES[step];
                float wordWidth = Math.min(width(word, size), WIDTH);
                if (!line.isEmpty() && x + wordWidth > WIDTH) {
                    lines.add(line);
                    line = new ArrayList<>();
                    x = 0;
                }
                line.add(new Word(word, size, PALETTE[i++ % PALETTE.length]));
                x += wordWidth + space;
            }
            if (!line.isEmpty()) {
                lines.add(line);
            }
            for (List<Word> words : lines) {
                float tallest = (float) words.stream().mapToDouble(Word::size).max().orElse(TEXT_SIZE);
                float height = leading(tallest);
                if (!fits(height)) {
                    newPage();
                }
                float at = SIDE;
                float base = y - type.ascent() * tallest;
                for (Word word : words) {
                    text(word.text(), at, base, word.size(), word.size() >= CLOUD_SIZES[3], word.colour());
                    at += width(word.text(), word.size()) + space;
                }
                y -= height;
            }
        }

        /**
         * A column heading or a figure's label as a printed report writes it, with a capital first
         * letter ("active users" is "Active users"); the CSV keeps the lower-case names scripts read.
         */
        static String sentenceCase(String text) {
            return text.isEmpty() ? text : text.substring(0, text.offsetByCodePoints(0, 1)).toUpperCase(java.util.Locale.UK)
                    + text.substring(text.offsetByCodePoints(0, 1));
        }

        /** A whole number as a printed report writes it, "4,706"; other cells as they are. */
        static String grouped(Cell cell) {
            if (cell instanceof Cell.Numeric number && number.value().scale() <= 0) {
                return String.format(java.util.Locale.UK, "%,d", number.value().toBigInteger());
            }
            return cell.text();
        }

        private static double value(Cell cell) {
            return cell instanceof Cell.Numeric number ? number.value().doubleValue() : 0;
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

        // The typeface's own, under the short names the drawing of a report uses on every line.

        private void text(String line, float x, float baseline, float size, boolean bold, float[] colour) throws IOException {
            type.draw(content, line, x, baseline, size, bold, colour);
        }

        private static float leading(float size) {
            return Typeface.leading(size);
        }

        private float baseline(float top, float size) {
            return type.baseline(top, size);
        }

        private float width(String text, float size) throws IOException {
            return type.width(text, size);
        }

        private List<String> wrap(String raw, float width, float size) throws IOException {
            return type.wrap(raw, width, size);
        }

        private String printable(String raw) {
            return type.printable(raw);
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
                header = row(section.columns().stream().<Cell>map(column -> new Cell.Text(sentenceCase(column))).toList());
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
