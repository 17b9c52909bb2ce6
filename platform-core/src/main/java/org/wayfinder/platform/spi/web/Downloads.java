package org.wayfinder.platform.spi.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A page action that answers with a file to save instead of a page (an export, a CSV of answers).
 * A report in CSV, XLSX or PDF comes from {@code spi.report.ReportFormat}, whose file name and
 * media type go with the bytes.
 */
public final class Downloads {

    private Downloads() {
    }

    /**
     * Text, sent as UTF-8.
     *
     * @param fileName    the name offered for saving: letters, digits, dots and hyphens only
     * @param contentType its media type, with charset for text
     */
    public static void send(String fileName, String contentType, String content) {
        send(fileName, contentType, content.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A file as bytes (a spreadsheet, a PDF).
     *
     * @param fileName    the name offered for saving: letters, digits, dots and hyphens only
     * @param contentType its media type
     */
    public static void send(String fileName, String contentType, byte[] content) {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
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
