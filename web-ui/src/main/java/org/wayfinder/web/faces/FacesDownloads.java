package org.wayfinder.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.wayfinder.config.branding.Branding;
import org.wayfinder.config.branding.Brandings;
import org.wayfinder.platform.report.Csv;
import org.wayfinder.platform.report.ReportFiles;
import org.wayfinder.platform.spi.report.Certificate;
import org.wayfinder.platform.spi.report.Report;
import org.wayfinder.platform.spi.report.ReportFormat;
import org.wayfinder.platform.spi.audit.AuditTrail;
import org.wayfinder.platform.spi.web.Downloads;

/**
 * {@link Downloads} as the answer to the Faces request being handled, instead of a page. Every file
 * sent is in the audit trail ({@value #DOWNLOADED}, the page it came from and the file's name), so
 * no page's export can be left out of it.
 */
@ApplicationScoped
public class FacesDownloads implements Downloads {

    /** The audit trail's action for a file downloaded from a page. */
    public static final String DOWNLOADED = "download";

    @Inject
    Brandings brandings;

    @Inject
    AuditTrail audit;

    @Override
    public void send(Report report, ReportFormat format, String baseName) {
        send(format.fileName(baseName), format.contentType(), ReportFiles.write(format, withLogo(report, format)));
    }

    /** A PDF's cover gets the programme's logo. */
    private Report withLogo(Report report, ReportFormat format) {
        if (format != ReportFormat.PDF || report.cover() == null || report.cover().logo() != null) {
            return report;
        }
        return pdfLogo().map(logo -> report.withCover(report.cover().withLogo(logo))).orElse(report);
    }

    @Override
    public void send(Certificate certificate, String baseName) {
        Certificate branded = certificate.logo() != null ? certificate : pdfLogo().map(certificate::withLogo).orElse(certificate);
        send(ReportFormat.PDF.fileName(baseName), ReportFormat.PDF.contentType(), ReportFiles.certificate(branded));
    }

    /** The programme's logo if it is PNG or JPEG: PDFBox cannot draw WebP, so a PDF of a WebP logo's programme has none. */
    private Optional<byte[]> pdfLogo() {
        return brandings.current().filter(Branding::hasLogo)
                .filter(branding -> List.of("image/png", "image/jpeg").contains(branding.getLogoContentType()))
                .map(Branding::getLogo);
    }

    @Override
    public void sendCsv(String fileName, List<String> header, List<List<String>> rows) {
        StringBuilder csv = new StringBuilder(Csv.row(header));
        rows.forEach(row -> csv.append(Csv.row(row)));
        send(fileName, "text/csv; charset=UTF-8", csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void send(String fileName, String contentType, byte[] content) {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        audit.record(DOWNLOADED, "page", context.getViewRoot() == null ? null : context.getViewRoot().getViewId(),
                fileName + ", " + content.length + " bytes");
        external.responseReset();
        external.setResponseContentType(contentType);
        external.setResponseContentLength(content.length);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + fileName.replaceAll("[^A-Za-z0-9.-]", "-") + "\"");
        external.setResponseHeader("Cache-Control", "no-store");
        try {
            external.getResponseOutputStream().write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }
}
