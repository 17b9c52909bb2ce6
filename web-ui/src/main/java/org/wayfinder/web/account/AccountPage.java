package org.wayfinder.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Set;
import org.wayfinder.platform.identity.Account;
import org.wayfinder.platform.identity.Accounts;
import org.wayfinder.platform.spi.CurrentUser;

/** The signed-in person's own account page. */
@Named
@RequestScoped
public class AccountPage {

    @Inject
    Accounts accounts;

    @Inject
    CurrentUser currentUser;

    private Account account;

    public Account getAccount() {
        if (account == null) {
            account = accounts.get(currentUser.require().accountId());
        }
        return account;
    }

    public Set<String> getRoles() {
        return currentUser.require().roles();
    }
}
