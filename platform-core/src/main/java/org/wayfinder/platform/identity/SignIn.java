package org.wayfinder.platform.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.wayfinder.platform.audit.Actor;
import org.wayfinder.platform.audit.AuditEntries;
import org.wayfinder.platform.cache.ProgrammeCache;
import org.wayfinder.platform.spi.Cache;
import org.wayfinder.platform.spi.SignedInUser;
import org.wayfinder.platform.spi.TenantContext;

/**
 * Checks a password against the current tenant's accounts, and nobody else's.
 *
 * <p>An unknown email, a wrong password, a throttled account and a paused programme all give the
 * same {@link Outcome#REFUSED} after the same amount of work, so neither the answer nor its timing
 * tells an attacker which accounts exist. After {@code wayfinder.sign-in.max-failures} wrong
 * passwords in a row (default 5) the account refuses every password for
 * {@code wayfinder.sign-in.pause-minutes} (default 15); the count is in the database, so it holds
 * across instances.
 *
 * <p>The expensive hash runs outside any transaction, so a sign-in never holds a database
 * connection while it computes.
 *
 * <p>Every attempt is in the audit trail: {@value #SIGNED_IN}, or {@value #REFUSED} with the
 * reason, which only owners read.
 */
@ApplicationScoped
public class SignIn {

    /** The audit trail's actions. */
    public static final String SIGNED_IN = "sign-in";
    public static final String REFUSED = "sign-in.refused";

    @Inject
    ProgrammeCache cache;

    @Inject
    AuditEntries audit;

    public enum Outcome {
        SIGNED_IN,
        REFUSED,
        /** The password was right but the email address was never confirmed. */
        EMAIL_NOT_CONFIRMED
    }

    /**
     * What a sign-in attempt came to.
     *
     * @param outcome            signed in or not, and why not
     * @param user               who signed in; only when signed in
     * @param credentialsVersion the account's credentials version at sign-in, for the session to keep
     */
    public record Result(Outcome outcome, SignedInUser user, int credentialsVersion) {

        static Result refused() {
            return new Result(Outcome.REFUSED, null, 0);
        }
    }

    @Inject
    Accounts accounts;

    @Inject
    TenantContext tenantContext;

    @Inject
    @ConfigProperty(name = "wayfinder.sign-in.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "wayfinder.sign-in.pause-minutes", defaultValue = "15")
    int pauseMinutes;

    public Result withPassword(String email, String password) {
        String attempt = password == null ? "" : password;
        boolean active = tenantContext.tenant().isActive();
        Optional<Account> found = attempt.length() > PasswordPolicy.MAX_LENGTH || !active ? Optional.empty() : accounts.byEmail(email);
        Instant now = Instant.now();
        if (found.isEmpty() || found.get().isThrottled(now)) {
            PasswordHashing.matches(attempt, PasswordHashing.DECOY);
            found.ifPresentOrElse(account -> refused(account, "paused after repeated wrong passwords"),
                    () -> audit.recordAs(Actor.visitor(email), REFUSED, "account", null,
                            !active ? "programme paused" : attempt.length() > PasswordPolicy.MAX_LENGTH ? "password too long" : "no such account"));
            return Result.refused();
        }
        Account account = found.get();
        if (!PasswordHashing.matches(attempt, account.getPasswordHash())) {
            accounts.recordFailedSignIn(account.getId(), now, maxFailures, Duration.ofMinutes(pauseMinutes));
            refused(account, "wrong password");
            return Result.refused();
        }
        if (account.getStatus() == AccountStatus.PENDING_VERIFICATION) {
            refused(account, "email address not confirmed");
            return new Result(Outcome.EMAIL_NOT_CONFIRMED, null, 0);
        }
        if (account.getStatus() != AccountStatus.ACTIVE) {
            refused(account, "account " + account.getStatus().name().toLowerCase(Locale.ROOT).replace('_', ' '));
            return Result.refused();
        }
        String upgradedHash = PasswordHashing.isOutdated(account.getPasswordHash()) ? PasswordHashing.hash(attempt) : null;
        accounts.recordSignIn(account.getId(), now, upgradedHash);
        SignedInUser user = signedIn(account);
        audit.recordAs(Actor.of(user), SIGNED_IN, "account", account.getId(), null);
        return new Result(Outcome.SIGNED_IN, user, account.getCredentialsVersion());
    }

    private void refused(Account account, String reason) {
        audit.recordAs(Actor.of(signedIn(account)), REFUSED, "account", account.getId(), reason);
    }

    /**
     * Re-reads a signed-in person's account on each request: roles granted or taken away apply at
     * once, and a disabled account, a changed password or a paused programme ends the session.
     *
     * @param kept               what the session remembered at sign-in
     * @param credentialsVersion the account's credentials version at that sign-in
     */
    public Optional<SignedInUser> refresh(SignedInUser kept, int credentialsVersion) {
        if (!tenantContext.tenant().isActive() || !tenantContext.tenantId().equals(kept.tenantId())) {
            return Optional.empty();
        }
        return cache.get(Cache.person(kept.tenantId(), kept.accountId()), "signed-in", () -> accounts.find(kept.accountId())
                        .map(account -> new Standing(account.getStatus(), account.getCredentialsVersion(), signedIn(account))))
                .filter(standing -> standing.status() == AccountStatus.ACTIVE)
                .filter(standing -> standing.credentialsVersion() == credentialsVersion)
                .map(Standing::user);
    }

    /** What a request needs of a signed-in account, held by the cache between its changes. */
    private record Standing(AccountStatus status, int credentialsVersion, SignedInUser user) {
    }

    private SignedInUser signedIn(Account account) {
        return new SignedInUser(account.getId(), tenantContext.tenantId(), account.getDisplayName(),
                accounts.rolesOf(account), false);
    }
}
