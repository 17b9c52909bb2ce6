package org.wayfinder.web.faces;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * Draws the site's error pages (web.xml {@code error-page}) as the fresh pages they are, not as the
 * request that failed. The container renders an error page within the failed request, so a refused
 * form post would reach Faces again as a post with the form's fields: Faces would take it for a
 * postback of the error page, and PrimeFaces would check the form's script nonce against it, fail,
 * and answer with the server's raw 500 page instead of ours. Mapped to ERROR dispatches only.
 */
public class ErrorPageRequest extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public String getMethod() {
                return "GET";
            }

            @Override
            public String getParameter(String name) {
                return null;
            }

            @Override
            public Map<String, String[]> getParameterMap() {
                return Map.of();
            }

            @Override
            public Enumeration<String> getParameterNames() {
                return Collections.emptyEnumeration();
            }

            @Override
            public String[] getParameterValues(String name) {
                return null;
            }

            @Override
            public String getQueryString() {
                return null;
            }
        }, response);
    }
}
