package org.wayfinder.web.admin;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.wayfinder.platform.form.FormResponses;
import org.wayfinder.platform.form.Forms;
import org.wayfinder.platform.spi.AccessDeniedException;
import org.wayfinder.platform.spi.audit.AuditTrail;
import org.wayfinder.web.faces.FacesDownloads;

/**
 * The answers to one of the programme's forms as a CSV file ({@code /admin/form-answers.csv?key=...}).
 * Owners only: {@code AccessRules} guards {@code /admin/} and the export itself requires the role.
 * A key that is not this programme's form answers 404, exactly like one that does not exist. Each
 * download is in the audit trail, as the pages' are.
 */
@WebServlet("/admin/form-answers.csv")
public class FormAnswersDownload extends HttpServlet {

    @Inject
    Forms forms;

    @Inject
    FormResponses responses;

    @Inject
    AuditTrail audit;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String key = request.getParameter("key");
        if (key == null || forms.byKey(key).isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String csv;
        try {
            csv = responses.csv(key);
        } catch (AccessDeniedException denied) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        audit.record(FacesDownloads.DOWNLOADED, "form", key, key + "-answers.csv, " + bytes.length + " bytes");
        response.setContentType("text/csv; charset=UTF-8");
        // The key is lower-case letters, digits and hyphens (the engine allows no other), so it needs no quoting rules.
        response.setHeader("Content-Disposition", "attachment; filename=\"" + key + "-answers.csv\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
