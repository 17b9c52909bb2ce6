package org.wayfinder.web.site;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Lets browsers and proxies keep a static file for a year when its address carries its version
 * ({@code ?v=}: the content's fingerprint from {@link StaticAssets} and {@link VersionedResources},
 * PrimeFaces' version, the branding's version), since a change gives it a new address. Files asked
 * for without a version keep the container's usual headers.
 */
@WebFilter(urlPatterns = {"/resources/*", "/jakarta.faces.resource/*", "/branding/*"})
public class StaticCaching extends HttpFilter {

    static final String FOR_A_YEAR = "public, max-age=31536000, immutable";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String version = request.getParameter("v");
        if (version == null || version.isBlank()) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Cache-Control", FOR_A_YEAR);
        // Faces and PrimeFaces set their own (a week) as they serve the file: ours stands.
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                if (!"Cache-Control".equalsIgnoreCase(name)) {
                    super.setHeader(name, value);
                }
            }

            @Override
            public void addHeader(String name, String value) {
                if (!"Cache-Control".equalsIgnoreCase(name)) {
                    super.addHeader(name, value);
                }
            }
        });
    }
}
