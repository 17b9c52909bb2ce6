package org.wayfinder.platform.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dhatim.fastexcel.BorderSide;
import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.wayfinder.platform.spi.report.Cell;
import org.wayfinder.platform.spi.report.Report;
import org.wayfinder.platform.spi.report.Section;

/**
 * A report as an Excel workbook (XLSX), written with fastexcel ({@code org.dhatim:fastexcel},
 * Apache 2.0): about 140 KB with its one dependency, against several megabytes for Apache POI,
 * and it writes straight to the stream. POI is used only by the tests, to read the files back.
 *
 * <p>One sheet per section, named after its heading. Each section's table has its own columns, so
 * on a sheet of its own every column means one thing from its header down: an owner can sum,
 * sort, filter or chart it, and the widths fit that table alone. The tabs read as a table of
 * contents. Every sheet starts with the report's title, subtitle and the section's heading, so a
 * sheet copied or printed on its own still says what it is; the table starts after a blank row,
 * with a bold header that stays in view when scrolling. Numbers are number cells (decimals shown
 * with the places they were given); a section with no rows says {@value Section#NONE_YET}.
 */
final class ReportXlsx {

    /** Excel's limit on a sheet name. */
    static final int SHEET_NAME_LIMIT = 31;

    private static final int HEADER_ROW = 4;
    private static final int MIN_WIDTH = 8;
    private static final int MAX_WIDTH = 60;

    private ReportXlsx() {
    }

    static byte[] write(Report report) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(bytes, "Wayfinder", "1.0");
            workbook.properties().setTitle(report.title()).setSubject(report.subtitle());
            Set<String> taken = new HashSet<>();
            for (Section section : report.sections()) {
                sheet(workbook.newWorksheet(sheetName(section.heading(), taken)), report, section);
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void sheet(Worksheet sheet, Report report, Section section) {
        sheet.value(0, 0, report.title());
        sheet.style(0, 0).bold().fontSize(14).set();
        if (!report.subtitle().isEmpty()) {
            sheet.value(1, 0, report.subtitle());
        }
        sheet.value(2, 0, section.heading());
        sheet.style(2, 0).bold().fontSize(12).set();
        List<String> columns = section.columns();
        if (section.rows().isEmpty()) {
            sheet.value(HEADER_ROW, 0, Section.NONE_YET);
            sheet.style(HEADER_ROW, 0).italic().set();
            sheet.width(0, Math.max(MIN_WIDTH, Section.NONE_YET.length() + 2));
            return;
        }
        int[] widths = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            sheet.value(HEADER_ROW, c, columns.get(c));
            sheet.style(HEADER_ROW, c).bold().fillColor("DDE4EE").borderStyle(BorderSide.BOTTOM, BorderStyle.THIN).wrapText(true).set();
            widths[c] = longestLine(columns.get(c));
        }
        for (int r = 0; r < section.rows().size(); r++) {
            List<Cell> row = section.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                Cell cell = row.get(c);
                int at = HEADER_ROW + 1 + r;
                if (cell instanceof Cell.Numeric number) {
                    sheet.value(at, c, number.value());
                    if (number.value().scale() > 0) {
                        sheet.style(at, c).format("0." + "0".repeat(number.value().scale())).set();
                    }
                } else if (cell instanceof Cell.Text text) {
                    sheet.value(at, c, text.value());
                    if (longestLine(text.value()) > MAX_WIDTH || text.value().contains("\n")) {
                        sheet.style(at, c).wrapText(true).verticalAlignment("top").set();
                    }
                }
                widths[c] = Math.max(widths[c], longestLine(cell.text()));
            }
        }
        for (int c = 0; c < widths.length; c++) {
            sheet.width(c, Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[c] + 2)));
        }
        sheet.freezePane(0, HEADER_ROW + 1);
        sheet.setAutoFilter(HEADER_ROW, 0, columns.size() - 1);
    }

    /** Characters in the longest line: a column about as wide shows it whole. */
    private static int longestLine(String text) {
        return text.lines().mapToInt(String::length).max().orElse(0);
    }

    /**
     * A valid sheet name for a heading, not yet in {@code taken} (which it joins): without the
     * characters Excel refuses ({@code [ ] : * ? / \}), not starting or ending with an apostrophe,
     * at most {@value #SHEET_NAME_LIMIT} characters, and unique ignoring case, as Excel compares
     * them; a repeat gets " (2)", " (3)"...
     */
    static String sheetName(String heading, Set<String> taken) {
        String name = heading.replaceAll("[\\[\\]:*?/\\\\\\p{Cntrl}]", " ").replaceAll("\\s+", " ").strip();
        name = name.replaceAll("^'+|'+$", "").strip();
        if (name.isEmpty() || name.equalsIgnoreCase("History")) {
            name = (name + " section").strip();
        }
        String candidate = cut(name, SHEET_NAME_LIMIT);
        for (int n = 2; taken.contains(candidate.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            candidate = cut(name, SHEET_NAME_LIMIT - suffix.length()) + suffix;
        }
        taken.add(candidate.toLowerCase(Locale.ROOT));
        return candidate;
    }

    /**
     * At most {@code limit} UTF-16 units, as Excel counts: at the last space when the limit falls
     * inside a word in the second half, never inside a surrogate pair, and without a trailing
     * space or apostrophe.
     */
    private static String cut(String text, int limit) {
        if (text.length() <= limit) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
        int space = text.lastIndexOf(' ', end);
        if (Character.isLetterOrDigit(text.charAt(end)) && space > limit / 2) {
            end = space;
        }
        return text.substring(0, end).replaceAll("[\\s']+$", "");
    }
}
