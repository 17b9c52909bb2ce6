package org.wayfinder.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Set;
import org.wayfinder.platform.identity.Accounts;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.RecordNotFoundException;

/** The signed-in person's own account page. */
@Named
@RequestScoped
public class AccountPage {

    @Inject
    Accounts accounts;

    @Inject
    CurrentUser currentUser;

    private Accounts.Profile account;

    /** The person's name and address, from the cache their own changes renew. */
    public Accounts.Profile getAccount() {
        if (account == null) {
            account = accounts.profileOf(currentUser.require().accountId()).orElseThrow(() -> new RecordNotFoundException("Account"));
        }
        return account;
    }

    public Set<String> getRoles() {
        return currentUser.require().roles();
    }
}
