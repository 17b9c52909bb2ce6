package org.wayfinder.web.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.wayfinder.platform.spi.TenantContext;
import org.wayfinder.platform.spi.TenantRef;
import org.wayfinder.platform.tenant.TenantDirectory;

/**
 * Finds the tenant of a web request from its Host header, once per request, and enters it into the
 * {@link TenantContext}.
 *
 * <p>It is called by the authentication mechanism (which the container runs before any filter) and
 * again by {@link TenantFilter}; the answer is kept on the request so the database is asked once.
 * When the database cannot be reached the request is marked {@linkplain #isUnavailable unavailable}
 * instead of failing, so the filter can answer with a clear "back soon" page.
 */
@ApplicationScoped
public class TenantResolution {

    private static final String ATTRIBUTE = TenantResolution.class.getName();
    private static final String UNAVAILABLE = ATTRIBUTE + ".unavailable";

    @Inject
    Logger log;

    @Inject
    TenantDirectory directory;

    @Inject
    TenantContext context;

    public Optional<TenantRef> resolve(HttpServletRequest request) {
        Optional<TenantRef> tenant;
        if (request.getAttribute(ATTRIBUTE) instanceof Resolved resolved) {
            tenant = resolved.tenant();
        } else {
            try {
                tenant = directory.resolve(request.getHeader("Host"));
                request.setAttribute(ATTRIBUTE, new Resolved(tenant));
            } catch (RuntimeException databaseDown) {
                log.log(Level.WARNING, "Could not look up the programme for " + request.getHeader("Host"), databaseDown);
                request.setAttribute(UNAVAILABLE, Boolean.TRUE);
                request.setAttribute(ATTRIBUTE, new Resolved(Optional.empty()));
                return Optional.empty();
            }
        }
        tenant.ifPresent(found -> {
            if (!context.isResolved()) {
                context.enter(found);
            }
        });
        return tenant;
    }

    /** True when the tenant could not be looked up because the database did not answer. */
    public boolean isUnavailable(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(UNAVAILABLE));
    }

    private record Resolved(Optional<TenantRef> tenant) {
    }
}
