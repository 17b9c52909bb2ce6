package org.wayfinder.platform.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.wayfinder.platform.audit.AuditEntries;
import org.wayfinder.platform.cache.ProgrammeCache;
import org.wayfinder.platform.spi.Cache;
import org.wayfinder.platform.spi.Repository;
import org.wayfinder.platform.spi.TenantContext;

/** The current tenant's accounts and the roles they hold. */
@ApplicationScoped
public class Accounts extends Repository<Account> {

    @Inject
    ProgrammeCache cache;

    @Inject
    TenantContext tenantContext;


    /** The audit trail's action for a role given. */
    public static final String ROLE_GRANTED = "role.granted";

    /** The audit trail's action for a role taken away. */
    public static final String ROLE_REMOVED = "role.removed";

    @Inject
    AuditEntries audit;

    public Accounts() {
        super(Account.class);
    }

    @Override
    protected String describe() {
        return "Account";
    }

    /**
     * Adds an account whose email address is already known to be right, ready to sign in: for
     * accounts set up by the platform itself (the first operator, the demo programmes).
     */
    public Account addConfirmed(String email, String displayName, String passwordHash) {
        Account account = add(new Account(email, displayName, passwordHash));
        account.confirmEmail(Instant.now());
        return account;
    }

    /**
     * Locks the account's row until the transaction ends (SELECT ... FOR UPDATE), so that decisions
     * about one person taken at the same moment, on this instance or another, happen one after the
     * other.
     */
    public void lock(String accountId) {
        if (accountId != null) {
            em().find(Account.class, accountId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        }
    }

    public Optional<Account> byEmail(String email) {
        return query("SELECT a FROM Account a WHERE a.email = :email")
                .setParameter("email", Account.normaliseEmail(email)).getResultStream().findFirst();
    }

    /** The accounts here that hold a role, by name: the operators to tell about a new application, say. */
    public List<Account> withRole(String role) {
        return em().createQuery("SELECT m.account FROM Membership m WHERE m.role = :role ORDER BY m.account.displayName", Account.class)
                .setParameter("role", role).getResultList();
    }

    /** What a person's own account page shows of their account. */
    public record Profile(String displayName, String email) {
    }

    /** The name and address of an account of this programme, read through the person's cache. */
    public Optional<Profile> profileOf(String accountId) {
        return cache.find(Cache.person(tenantContext.tenantId(), accountId), "profile",
                () -> find(accountId).map(account -> new Profile(account.getDisplayName(), account.getEmail())));
    }

    /** The roles an account holds here, read through the person's cache. */
    public Set<String> rolesOf(Account account) {
        return rolesOf(account.getId());
    }

    /** The roles of an account of this programme (none for an account of another), read through the person's cache. */
    public Set<String> rolesOf(String accountId) {
        return cache.get(Cache.person(tenantContext.tenantId(), accountId), "roles", () -> Collections.unmodifiableSortedSet(new TreeSet<>(
                em().createQuery("SELECT m.role FROM Membership m WHERE m.account.id = :account", String.class)
                        .setParameter("account", accountId).getResultList())));
    }

    /** Gives an account a role it does not hold yet, in the audit trail as {@value #ROLE_GRANTED}. */
    public void grant(Account account, String role) {
        if (!rolesOf(account).contains(role)) {
            em().persist(new Membership(em().contains(account) ? account : get(account.getId()), role));
            audit.record(ROLE_GRANTED, "account", account.getId(), role + " given to " + account.getDisplayName());
        }
    }

    /** Gives an account just added a role, without asking which it holds: it holds none yet. */
    public void grantNew(Account account, String role) {
        em().persist(new Membership(account, role));
    }

    /** Counts a wrong password against the account, throttling it after {@code limit} in a row. */
    public void recordFailedSignIn(String accountId, Instant now, int limit, Duration pause) {
        // Two bulk updates rather than read-modify-write: parallel wrong guesses must each count,
        // and the database's row lock serialises them where an optimistic version check would
        // reject all but one.
        em().createQuery("UPDATE Account a SET a.failedSignIns = a.failedSignIns + 1, a.version = a.version + 1"
                + " WHERE a.id = :id").setParameter("id", accountId).executeUpdate();
        em().createQuery("UPDATE Account a SET a.failedSignIns = 0, a.lockedUntil = :until, a.version = a.version + 1"
                        + " WHERE a.id = :id AND a.failedSignIns >= :limit")
                .setParameter("id", accountId).setParameter("until", now.plus(pause)).setParameter("limit", limit)
                .executeUpdate();
    }

    /**
     * Clears the failure count, notes the time and, if the stored hash was outdated, replaces it.
     * Bulk updates, as for failures: one person signing in on two devices at the same moment must
     * get in on both, where a version check on the account read before hashing would refuse one.
     */
    public void recordSignIn(String accountId, Instant now, String upgradedHash) {
        em().createQuery("UPDATE Account a SET a.failedSignIns = 0, a.lockedUntil = NULL, a.lastSignInAt = :now,"
                + " a.version = a.version + 1 WHERE a.id = :id").setParameter("id", accountId).setParameter("now", now).executeUpdate();
        if (upgradedHash != null) {
            em().createQuery("UPDATE Account a SET a.passwordHash = :hash, a.version = a.version + 1 WHERE a.id = :id")
                    .setParameter("id", accountId).setParameter("hash", upgradedHash).executeUpdate();
        }
    }

    /**
     * Anonymises an account of this programme at its person's request ({@link Account#erase}) and
     * withdraws its links to reset a password or confirm an address. Its roles stay, so the counts
     * of people by role stay right; it can never sign in.
     */
    public void erase(String accountId) {
        Account account = get(accountId);
        // A hash no password produces: the account's sign-in compares with it and always fails.
        account.erase("erased:" + java.util.UUID.randomUUID());
        em().createQuery("DELETE FROM AccountToken t WHERE t.account = :account").setParameter("account", account).executeUpdate();
    }

    /**
     * Suspends an account of this programme ({@link AccountStatus#DISABLED}): it cannot sign in and
     * its sessions end. The caller checks who may do it and records why.
     */
    public void suspend(String accountId) {
        get(accountId).suspend();
    }

    /** Lifts a suspension: the account can sign in again (an erased account never can). */
    public void lift(String accountId) {
        get(accountId).lift();
    }

    /** Takes a role from an account, in the audit trail as {@value #ROLE_REMOVED}. */
    public void revoke(Account account, String role) {
        // Removed one by one rather than in bulk, so that the person's cached roles are renewed (CacheScoped).
        List<Membership> held = em().createQuery("SELECT m FROM Membership m WHERE m.account.id = :account AND m.role = :role", Membership.class)
                .setParameter("account", account.getId()).setParameter("role", role).getResultList();
        held.forEach(em()::remove);
        if (!held.isEmpty()) {
            audit.record(ROLE_REMOVED, "account", account.getId(), role + " taken from " + account.getDisplayName());
        }
    }

    /** Makes sure a flush happens now, so a unique-constraint clash surfaces inside the caller. */
    void flush() {
        em().flush();
    }
}
