package org.wayfinder.web.tenancy;

import jakarta.servlet.http.HttpServletRequest;
import org.wayfinder.web.address.ServedPath;

/**
 * Addresses that belong to the server instance rather than to any programme: the MicroProfile
 * Health endpoints ({@code /health}, {@code /health/live}, {@code /health/ready},
 * {@code /health/started}), which Payara adds to the application because it is deployed at
 * {@code /}. Load balancers and Kubernetes call them by IP address, with whatever Host header they
 * like, so they answer on every host without looking up a tenant or a session: otherwise an
 * unknown host would get the 404 page, and a database outage the "back soon" page instead of the
 * readiness check's own DOWN. They reveal nothing but UP or DOWN per check.
 */
public final class InstanceEndpoints {

    private static final String HEALTH = "/health";

    private InstanceEndpoints() {
    }

    public static boolean isInstanceEndpoint(HttpServletRequest request) {
        String path = ServedPath.of(request);
        return path.equals(HEALTH) || path.startsWith(HEALTH + "/");
    }
}
