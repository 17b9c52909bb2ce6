package org.wayfinder.platform.spi.report;


/**
 * The files a {@link Report} can be downloaded as, each with its file name ending and media type,
 * so that a page offers every format with the same three lines:
 *
 * <pre>{@code
 * public void downloadPdf() {
 *     downloads.send(report(), ReportFormat.PDF, "mentoring-report");
 * }
 * }</pre>
 *
 * <p>The core writes the files ({@code platform.report}: {@code ReportCsv}, {@code ReportXlsx} and
 * {@code ReportPdf}, each saying why its library was chosen; {@code docs/architecture.md} has the
 * summary).
 */
public enum ReportFormat {

    /** One table with a "section" column, for scripts and for any spreadsheet program. */
    CSV("csv", "text/csv; charset=UTF-8"),

    /** A workbook with one sheet per section, numbers as numbers. */
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),

    /** A4 pages to print or send on, fonts embedded. */
    PDF("pdf", "application/pdf");

    private final String extension;
    private final String contentType;
    ReportFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
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
}
