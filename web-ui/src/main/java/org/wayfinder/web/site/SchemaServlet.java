package org.wayfinder.web.site;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.wayfinder.config.configuration.TenantConfiguration;

/**
 * Publishes the JSON Schema of configuration documents at the address the documents name in
 * {@code $schema}, from the very file the importer validates against.
 */
@WebServlet(TenantConfiguration.SCHEMA)
public class SchemaServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try (InputStream schema = TenantConfiguration.class.getClassLoader().getResourceAsStream("schemas/tenant-configuration.schema.json")) {
            if (schema == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.setContentType("application/schema+json");
            response.setCharacterEncoding("UTF-8");
            response.setHeader("Cache-Control", "public, max-age=3600");
            schema.transferTo(response.getOutputStream());
        }
    }
}
