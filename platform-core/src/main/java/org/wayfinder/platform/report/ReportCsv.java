package org.wayfinder.platform.report;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.wayfinder.platform.spi.report.Cell;
import org.wayfinder.platform.spi.report.Report;
import org.wayfinder.platform.spi.report.Section;

/**
 * A report as one CSV table, because that is what a CSV is: scripts and spreadsheet programs read
 * one header and then rows. Each row starts with its section's {@link Section#key() key} in a
 * "section" column, followed by the section's own cells:
 *
 * <pre>
 * section,figure,value,out of
 * headline,registered mentees,4,
 * exit survey,mentors who would recommend,1,2
 * </pre>
 *
 * <p>The header row is written before the first section and again only where a section's columns
 * differ from the section before it, so a report whose sections share their columns (the mentoring
 * report) is a single clean table. The title and subtitle are left out (a CSV has no place for
 * them), and so is {@value Section#NONE_YET} for an empty section: it would read as a data row.
 *
 * <p>Text goes through {@link Csv#cell}, which quotes and makes formula-like text inert; numbers
 * are written plainly, so a negative number stays a number rather than becoming {@code '-3}.
 */
final class ReportCsv {

    private ReportCsv() {
    }

    static byte[] write(Report report) {
        StringBuilder csv = new StringBuilder();
        List<String> columns = null;
        for (Section section : report.sections()) {
            if (!section.columns().equals(columns)) {
                columns = section.columns();
                csv.append(Csv.row(Stream.concat(Stream.of("section"), columns.stream()).toList()));
            }
            for (List<Cell> row : section.rows()) {
                csv.append(Csv.cell(section.key()));
                row.forEach(cell -> csv.append(',').append(cell(cell)));
                csv.append("\r\n");
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String cell(Cell cell) {
        return cell instanceof Cell.Numeric number ? number.text() : Csv.cell(cell.text());
    }
}
