package org.wayfinder.platform.safeguarding.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.wayfinder.platform.identity.Account;
import org.wayfinder.platform.identity.AccountStatus;
import org.wayfinder.platform.identity.Accounts;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.RequiresRole;
import org.wayfinder.platform.spi.Roles;

/**
 * Who holds the safeguarding lead role: owners give it to someone who already has an account here
 * and take it away again, each in the audit trail ({@code role.granted}, {@code role.removed}).
 */
@ApplicationScoped
@Transactional
public class SafeguardingLeads {

    @Inject
    Accounts accounts;

    /** The programme's safeguarding leads, by name. */
    @RequiresRole(Roles.OWNER)
    public List<Account> leads() {
        return accounts.withRole(Roles.SAFEGUARDING_LEAD);
    }

    /** Makes the person with this email address (or username) a safeguarding lead; their name. */
    @RequiresRole(Roles.OWNER)
    public String appoint(String email) {
        Account account = accounts.byEmail(email).filter(found -> !found.isErased() && found.getStatus() == AccountStatus.ACTIVE)
                .orElseThrow(() -> new InvalidInputException("email",
                        "Nobody here with an active account has that email address: they register or are invited first."));
        if (accounts.rolesOf(account).contains(Roles.SAFEGUARDING_LEAD)) {
            throw new InvalidInputException("email", account.getDisplayName() + " is a safeguarding lead already.");
        }
        accounts.lock(account.getId());
        accounts.grant(account, Roles.SAFEGUARDING_LEAD);
        return account.getDisplayName();
    }

    /** Takes the role from a lead of this programme. */
    @RequiresRole(Roles.OWNER)
    public void remove(String accountId) {
        accounts.revoke(accounts.get(accountId), Roles.SAFEGUARDING_LEAD);
    }
}
