package org.wayfinder.web.address;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.wayfinder.web.api.Problem;

/**
 * Lets a request through only at its address's one spelling ({@link CanonicalPath}), before any
 * plugin switch, role rule or page reads the address: a page asked for under another spelling
 * ({@code //admin/forms.xhtml}, {@code /%61dmin/forms.xhtml}) is sent to the canonical address
 * (301), where the rules apply as to anyone else; anything but a plain read (GET, HEAD) under
 * another spelling, and any address no page can be behind, gets 400 and runs nothing.
 */
public class CanonicalAddress extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String given = request.getRequestURI().substring(request.getContextPath().length());
        String canonical = CanonicalPath.of(given);
        if (given.equals(canonical)) {
            chain.doFilter(request, response);
            return;
        }
        boolean reading = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (canonical != null && reading) {
            String query = request.getQueryString();
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", request.getContextPath() + canonical + (query == null ? "" : "?" + query));
            return;
        }
        if (canonical != null ? canonical.startsWith("/api/") : ServedPath.isApi(request)) {
            Problem.of(400, "Bad Request", "This address is not written the way the API expects; nothing was done.").write(response);
        } else {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        }
    }
}
