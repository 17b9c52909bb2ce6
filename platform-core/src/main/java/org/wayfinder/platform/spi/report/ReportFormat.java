package org.wayfinder.platform.spi.report;

import java.util.function.Function;

/**
 * The files a {@link Report} can be downloaded as, each with its file name ending and media type,
 * so that a page offers every format with the same three lines:
 *
 * <pre>{@code
 * public void downloadPdf() {
 *     ReportFormat format = ReportFormat.PDF;
 *     Downloads.send(format.fileName("mentoring-report"), format.contentType(), format.write(report()));
 * }
 * }</pre>
 *
 * <p>The writers and why each library was chosen are described on {@code ReportCsv},
 * {@code ReportXlsx} and {@code ReportPdf}; {@code docs/architecture.md} has the summary.
 */
public enum ReportFormat {

    /** One table with a "section" column, for scripts and for any spreadsheet program. */
    CSV("csv", "text/csv; charset=UTF-8", ReportCsv::write),

    /** A workbook with one sheet per section, numbers as numbers. */
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ReportXlsx::write),

    /** A4 pages to print or send on, fonts embedded. */
    PDF("pdf", "application/pdf", ReportPdf::write);

    private final String extension;
    private final String contentType;
    private final Function<Report, byte[]> writer;

    ReportFormat(String extension, String contentType, Function<Report, byte[]> writer) {
        this.extension = extension;
        this.contentType = contentType;
        this.writer = writer;
    }

    /** "csv", "xlsx", "pdf". */
    public String extension() {
        return extension;
    }

    /** The media type to answer with. */
    public String contentType() {
        return contentType;
    }

    /** {@code fileName("mentoring-report")} is "mentoring-report.pdf" for PDF. */
    public String fileName(String baseName) {
        return baseName + "." + extension;
    }

    /** The whole file. */
    public byte[] write(Report report) {
        return writer.apply(report);
    }
}
