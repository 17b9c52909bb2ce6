package org.wayfinder.web.it;

import java.util.Set;
import java.util.function.Supplier;
import org.wayfinder.platform.identity.Account;
import org.wayfinder.platform.identity.Accounts;
import org.wayfinder.platform.identity.PasswordHashing;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.SignedInUser;
import org.wayfinder.platform.spi.Tenancy;
import org.wayfinder.platform.spi.TenantRef;

/**
 * For tests that run inside the platform: work done in a programme as someone with a role, or as a
 * particular person, and people set up to sign in with the demo password. The services check roles
 * and tenants exactly as they do for pages and the API.
 */
final class Acting {

    private final CurrentUser currentUser;
    private final Tenancy tenancy;
    private final Accounts accounts;

    Acting(CurrentUser currentUser, Tenancy tenancy, Accounts accounts) {
        this.currentUser = currentUser;
        this.tenancy = tenancy;
        this.accounts = accounts;
    }

    /** The work, in the programme, as somebody holding the role. */
    <T> T as(TenantRef tenant, String role, Supplier<T> work) {
        return asPerson(tenant, "tester", role, work);
    }

    /** The work, in the programme, as this person holding the role. */
    <T> T asPerson(TenantRef tenant, String accountId, String role, Supplier<T> work) {
        currentUser.signIn(new SignedInUser(accountId, tenant.id(), "Tester", Set.of(role), false));
        try {
            return tenancy.callAs(tenant, work);
        } finally {
            currentUser.signIn(null);
        }
    }

    /** The account id of the programme's person with this email. */
    String idOf(TenantRef tenant, String email) {
        return tenancy.callAs(tenant, () -> accounts.byEmail(email).orElseThrow().getId());
    }

    /** Someone of the programme holding the role, who signs in with {@link Flows#PASSWORD}; made the first time. Their account id. */
    String person(TenantRef tenant, String email, String name, String role) {
        return tenancy.callAs(tenant, () -> accounts.byEmail(email).orElseGet(() -> {
            Account account = accounts.addConfirmed(email, name, PasswordHashing.hash(Flows.PASSWORD));
            accounts.grant(account, role);
            return account;
        }).getId());
    }
}
