package org.wayfinder.platform.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.wayfinder.platform.spi.DemoPeople;
import org.wayfinder.platform.spi.Roles;

/**
 * {@link DemoPeople} as confirmed accounts. The demo password is hashed once: a demo programme has
 * hundreds of people, and each hash takes a fifth of a second by design.
 */
@ApplicationScoped
public class DemoAccounts implements DemoPeople {

    @Inject
    Accounts accounts;

    private volatile String passwordHash;

    @Override
    public Optional<String> idOf(String login) {
        return accounts.byEmail(login).map(Account::getId);
    }

    @Override
    public String add(String login, String displayName, String role) {
        Account account = accounts.addConfirmed(login, displayName, passwordHash());
        accounts.grantNew(account, role);
        if (!Roles.isStaff(role) && !Roles.MEMBER.equals(role)) {
            accounts.grantNew(account, Roles.MEMBER);
        }
        return account.getId();
    }

    private String passwordHash() {
        if (passwordHash == null) {
            passwordHash = PasswordHashing.hash(PASSWORD);
        }
        return passwordHash;
    }
}
