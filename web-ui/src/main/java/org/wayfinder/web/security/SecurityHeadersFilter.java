package org.wayfinder.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.wayfinder.web.address.ServedPath;

/**
 * The security headers every response carries. Faces pages get their Content-Security-Policy from
 * PrimeFaces (web.xml {@code primefaces.CSP_POLICY}), which adds the per-request script nonce;
 * everything else (API, theme, images, static pages) gets the strict policy here, which allows no
 * script at all.
 */
public class SecurityHeadersFilter extends HttpFilter {

    static final String NON_PAGE_POLICY = "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        if (!isFacesPage(request)) {
            response.setHeader("Content-Security-Policy", NON_PAGE_POLICY);
        }
        chain.doFilter(request, response);
    }

    private static boolean isFacesPage(HttpServletRequest request) {
        String path = ServedPath.of(request);
        return path.endsWith(".xhtml") && !path.startsWith("/jakarta.faces.resource/") || path.endsWith("/");
    }
}
