package org.wayfinder.platform.spi;

import java.io.Serializable;
import java.util.Set;

/**
 * Who is making a request, once they have proven it: a person signed in with a password or an
 * integration presenting an API token. Small and serializable, because a signed-in person's copy
 * lives in the HTTP session and a session may move between instances.
 *
 * @param accountId   the account, or for an API token the token's id
 * @param tenantId    the tenant the sign-in is valid for; never used on another tenant's host
 * @param displayName the name to greet them by
 * @param roles       the roles they hold in that tenant
 * @param apiToken    true when the caller is an integration using an API token
 */
public record SignedInUser(String accountId, String tenantId, String displayName, Set<String> roles, boolean apiToken)
        implements Serializable {

    public SignedInUser {
        roles = Set.copyOf(roles);
    }

    /** The platform itself acting as a tenant's owner, for work no person does (applying a template). */
    public static SignedInUser platformAsOwner(String tenantId) {
        return new SignedInUser("platform", tenantId, "Wayfinder", Set.of(Roles.OWNER), false);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
