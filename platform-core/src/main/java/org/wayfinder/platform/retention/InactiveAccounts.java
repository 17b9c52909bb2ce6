package org.wayfinder.platform.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.wayfinder.platform.identity.Account;
import org.wayfinder.platform.identity.Accounts;
import org.wayfinder.platform.personal.PersonalDataRequests;
import org.wayfinder.platform.spi.Repository;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.retention.RetentionRule;

/**
 * The core's retention rule: accounts nobody has signed in to for the period (or, never signed in,
 * made before it) are erased as a person's erasure request would erase them, so their name, email
 * address and words go and every count stays. Owners and operators are never touched; an account
 * that something stands in the way of erasing (a message still waiting for a moderator) is skipped,
 * and the preview says why.
 */
@ApplicationScoped
public class InactiveAccounts extends Repository<Account> implements RetentionRule {

    public static final String KEY = "core.inactive-accounts";

    /** The same condition for the preview and the run: inactive since before the cut-off, not erased, not kept by a role. */
    private static final String INACTIVE = "SELECT a FROM Account a WHERE"
            + " (a.lastSignInAt < :cutoff OR (a.lastSignInAt IS NULL AND a.createdAt < :cutoff))"
            + " AND a.email NOT LIKE :erased"
            + " AND NOT EXISTS (SELECT m FROM Membership m WHERE m.account = a AND m.role IN :kept)";

    private static final List<String> KEPT = List.of(Roles.OWNER, Roles.OPERATOR);

    @Inject
    PersonalDataRequests requests;

    @Inject
    Accounts accounts;

    public InactiveAccounts() {
        super(Account.class);
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String label() {
        return "Accounts inactive for";
    }

    @Override
    public String removes() {
        return "Erases people nobody has signed in as for this long (or who never signed in): their name, email address and"
                + " words go as with an erasure request, their records and every count stay. Owners are never erased.";
    }

    @Override
    public Unit unit() {
        return Unit.MONTHS;
    }

    @Override
    public String counted(int count) {
        return count + (count == 1 ? " account" : " accounts") + " inactive since before";
    }

    @Override
    public List<Removal> preview(Instant cutoff, int max) {
        List<Removal> removals = new ArrayList<>();
        for (Account account : inactive(INACTIVE + " ORDER BY a.createdAt, a.id", cutoff).setMaxResults(max).getResultList()) {
            List<String> blockers = requests.retentionBlockers(account.getId());
            Instant since = account.getLastSignInAt() == null ? account.getCreatedAt() : account.getLastSignInAt();
            removals.add(new Removal(account.getId(), since, (account.getLastSignInAt() == null ? "Never signed in: " : "Last signed in: ")
                    + account.getDisplayName(), blockers.isEmpty() ? null : String.join(" ", blockers)));
        }
        return removals;
    }

    @Override
    public int apply(Instant cutoff, List<String> ids) {
        int erased = 0;
        for (Account account : inactive(INACTIVE + " AND a.id IN :ids ORDER BY a.id", cutoff).setParameter("ids", ids).getResultList()) {
            // Read again under the row lock: signed in or given a role since the list was made, it stays.
            em().refresh(account, LockModeType.PESSIMISTIC_WRITE);
            boolean stillInactive = stillMatches(account, cutoff);
            if (stillInactive && requests.eraseForRetention(account.getId(), "inactive for the programme's retention period")) {
                erased++;
            }
        }
        return erased;
    }

    /** {@link #INACTIVE} for one locked account. */
    private boolean stillMatches(Account account, Instant cutoff) {
        Instant since = account.getLastSignInAt() == null ? account.getCreatedAt() : account.getLastSignInAt();
        return since.isBefore(cutoff) && !account.isErased() && accounts.rolesOf(account.getId()).stream().noneMatch(KEPT::contains);
    }

    private TypedQuery<Account> inactive(String jpql, Instant cutoff) {
        return query(jpql).setParameter("cutoff", cutoff).setParameter("erased", "%@erased.invalid").setParameter("kept", KEPT);
    }
}
