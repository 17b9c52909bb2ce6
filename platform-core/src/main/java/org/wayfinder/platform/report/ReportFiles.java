package org.wayfinder.platform.report;

import org.wayfinder.platform.spi.report.Certificate;
import org.wayfinder.platform.spi.report.Report;
import org.wayfinder.platform.spi.report.ReportFormat;

/** A report written as a file of one of the formats people download reports in, and a certificate as PDF. */
public final class ReportFiles {

    private ReportFiles() {
    }

    /** The whole file. */
    public static byte[] write(ReportFormat format, Report report) {
        return switch (format) {
            case CSV -> ReportCsv.write(report);
            case XLSX -> ReportXlsx.write(report);
            case PDF -> ReportPdf.write(report);
        };
    }

    /** The certificate as a one-page A4 landscape PDF, with its logo when it has one PDFBox can read. */
    public static byte[] certificate(Certificate certificate) {
        return CertificatePdf.write(certificate);
    }
}
