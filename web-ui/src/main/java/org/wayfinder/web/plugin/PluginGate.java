package org.wayfinder.web.plugin;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.wayfinder.platform.plugin.PluginActivations;
import org.wayfinder.platform.plugin.PluginRegistry;
import org.wayfinder.web.address.ServedPath;
import org.wayfinder.web.api.Problem;

/**
 * Answers 404 for a plugin's pages ({@code /<id>/...}) and API ({@code /api/v1/<id>/...}) on the
 * site of a tenant that has not switched the plugin on, exactly as if the plugin did not exist.
 */
public class PluginGate extends HttpFilter {

    @Inject
    PluginRegistry registry;

    @Inject
    PluginActivations activations;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = ServedPath.of(request).toLowerCase(Locale.ROOT);
        boolean api = path.startsWith("/api/v1/");
        String segment = firstSegment(api ? path.substring("/api/v1".length()) : path);
        String owner = segment == null ? null : registry.plugins().stream().filter(plugin -> plugin.paths().contains(segment))
                .map(org.wayfinder.platform.spi.Plugin::id).findFirst().orElse(null);
        if (owner != null && !activations.isEnabled(owner)) {
            if (api) {
                Problem.of(404, "Not Found", "There is nothing at this address.").write(response);
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    /** "notes" for "/notes/index.xhtml" and for "/notes"; null for "/". */
    static String firstSegment(String path) {
        if (path.length() < 2) {
            return null;
        }
        int end = path.indexOf('/', 1);
        return path.substring(1, end < 0 ? path.length() : end);
    }
}
