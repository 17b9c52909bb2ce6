package org.wayfinder.web.tenancy;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.wayfinder.platform.spi.TenantRef;
import org.wayfinder.web.address.ServedPath;
import org.wayfinder.web.api.Problem;
import org.wayfinder.web.site.StaticPages;

/**
 * Lets a request through only to an active tenant: an unknown host gets a 404 page (never another
 * tenant's site), a paused programme's site gets the "this programme is paused" page, and while the
 * database is unreachable every site gets a "back soon" page. API requests get the same answers as
 * problem documents. The instance's own endpoints (health) are nobody's and pass on every host.
 */
public class TenantFilter extends HttpFilter {

    @Inject
    TenantResolution resolution;

    @Inject
    StaticPages pages;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (InstanceEndpoints.isInstanceEndpoint(request)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<TenantRef> tenant = resolution.resolve(request);
        boolean api = ServedPath.isApi(request);
        if (tenant.isEmpty() && resolution.isUnavailable(request)) {
            if (api) {
                Problem.of(503, "Service Unavailable", "Wayfinder cannot reach its database just now. Try again in a minute.").write(response);
            } else {
                pages.unavailable(response);
            }
            return;
        }
        if (tenant.isEmpty()) {
            if (api) {
                Problem.of(404, "Not Found", "There is no programme at this address.").write(response);
            } else {
                pages.unknownHost(response);
            }
            return;
        }
        if (!tenant.get().isActive()) {
            if (api) {
                Problem.of(503, "Programme paused", tenant.get().name() + " is paused at the moment.").write(response);
            } else {
                pages.paused(response, tenant.get());
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
