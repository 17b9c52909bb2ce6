package org.wayfinder.platform.tenant;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a request's Host header addresses a tenant: the bare base domain (the platform's own site),
 * a subdomain of it ({@code healthcare-zone.localhost}), or a domain a tenant registered.
 *
 * <p>Pure parsing, kept apart from the lookup so that every odd Host header can be tested without a
 * database.
 */
public sealed interface HostName {

    Pattern SLUG = Pattern.compile("^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$");
    Pattern DOMAIN = Pattern.compile("^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]{0,62}$");

    /** The bare base domain, or {@code www.} in front of it. */
    record Platform() implements HostName {
    }

    /** A single label in front of the base domain. */
    record Subdomain(String slug) implements HostName {
    }

    /** Any other well-formed domain; a tenant may have registered it. */
    record CustomDomain(String domain) implements HostName {
    }

    /**
     * Reads a Host header against the base domain. Empty for a missing or malformed header, which is
     * answered like an unknown host.
     */
    static Optional<HostName> parse(String hostHeader, String baseDomain) {
        if (hostHeader == null || hostHeader.isBlank()) {
            return Optional.empty();
        }
        String host = withoutPort(hostHeader.strip().toLowerCase(Locale.ROOT));
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        String base = baseDomain.toLowerCase(Locale.ROOT);
        if (host.equals(base) || host.equals("www." + base)) {
            return Optional.of(new Platform());
        }
        if (host.endsWith("." + base)) {
            String label = host.substring(0, host.length() - base.length() - 1);
            return SLUG.matcher(label).matches() ? Optional.of(new Subdomain(label)) : Optional.empty();
        }
        return DOMAIN.matcher(host).matches() ? Optional.of(new CustomDomain(host)) : Optional.empty();
    }

    private static String withoutPort(String host) {
        if (host.startsWith("[")) {
            return host;
        }
        int colon = host.lastIndexOf(':');
        return colon < 0 ? host : host.substring(0, colon);
    }
}
