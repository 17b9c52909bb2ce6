package org.wayfinder.platform.spi.web;

import java.util.List;
import org.wayfinder.platform.spi.report.Certificate;
import org.wayfinder.platform.spi.report.Report;
import org.wayfinder.platform.spi.report.ReportFormat;

/**
 * A page action that answers with a file to save instead of a page: a report in CSV, XLSX or PDF,
 * a certificate as PDF, a table as CSV, or a file the page made itself. The core writes the files, so every download of the platform looks and
 * escapes the same (CSV cells that start like a formula are made inert). Inject it into a page bean.
 */
public interface Downloads {

    /**
     * A report as a file.
     *
     * @param baseName the name offered for saving, without its ending: letters, digits, dots and hyphens only
     */
    void send(Report report, ReportFormat format, String baseName);

    /**
     * A certificate as a one-page PDF, with the programme's logo when the certificate has none of
     * its own.
     *
     * @param baseName the name offered for saving, without its ending (".pdf" is added): letters, digits, dots and hyphens only
     */
    void send(Certificate certificate, String baseName);

    /**
     * A table as CSV, its header first.
     *
     * @param fileName the name offered for saving, with its ending: letters, digits, dots and hyphens only
     */
    void sendCsv(String fileName, List<String> header, List<List<String>> rows);

    /**
     * Any other file, sent uncached.
     *
     * @param fileName    the name offered for saving: letters, digits, dots and hyphens only
     * @param contentType its media type, with charset for text
     */
    void send(String fileName, String contentType, byte[] content);
}
