package org.wayfinder.platform.audit;

import java.util.Set;
import java.util.TreeSet;
import org.wayfinder.platform.spi.SignedInUser;

/**
 * Who an {@link AuditEntry} names as having acted.
 *
 * @param kind  a person, an API token, the platform or a visitor
 * @param id    the account's or token's id; null for the platform and visitors
 * @param name  the name to show: the person's, the token's, or for a visitor what they typed as their email
 * @param roles the roles held then, sorted
 */
public record Actor(AuditEntry.ActorKind kind, String id, String name, Set<String> roles) {

    public Actor {
        roles = new TreeSet<>(roles);
    }

    /** The caller as the authentication mechanism established them. */
    public static Actor of(SignedInUser user) {
        if (user.apiToken()) {
            return new Actor(AuditEntry.ActorKind.API_TOKEN, user.accountId(), user.displayName(), user.roles());
        }
        if ("platform".equals(user.accountId())) {
            return new Actor(AuditEntry.ActorKind.PLATFORM, null, user.displayName(), user.roles());
        }
        return new Actor(AuditEntry.ActorKind.PERSON, user.accountId(), user.displayName(), user.roles());
    }

    /** Nobody signed in; {@code name} is what they gave (an email address typed at sign-in), if anything. */
    public static Actor visitor(String name) {
        return new Actor(AuditEntry.ActorKind.VISITOR, null, name == null || name.isBlank() ? "Not signed in" : name.strip(), Set.of());
    }

    /** The platform's own scheduled or start-up work. */
    public static Actor platform() {
        return new Actor(AuditEntry.ActorKind.PLATFORM, null, "Wayfinder", Set.of());
    }
}
