package org.wayfinder.platform.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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
 */
@ApplicationScoped
public class SignIn {

    @Inject
    ProgrammeCache cache;


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
        Optional<Account> found = attempt.length() > PasswordPolicy.MAX_LENGTH || !tenantContext.tenant().isActive()
                ? Optional.empty() : accounts.byEmail(email);
        Instant now = Instant.now();
        if (found.isEmpty() || found.get().isThrottled(now)) {
            PasswordHashing.matches(attempt, PasswordHashing.DECOY);
            return Result.refused();
        }
        Account account = found.get();
        if (!PasswordHashing.matches(attempt, account.getPasswordHash())) {
            accounts.recordFailedSignIn(account.getId(), now, maxFailures, Duration.ofMinutes(pauseMinutes));
            return Result.refused();
        }
        if (account.getStatus() == AccountStatus.PENDING_VERIFICATION) {
            return new Result(Outcome.EMAIL_NOT_CONFIRMED, null, 0);
        }
        if (account.getStatus() != AccountStatus.ACTIVE) {
            return Result.refused();
        }
        String upgradedHash = PasswordHashing.isOutdated(account.getPasswordHash()) ? PasswordHashing.hash(attempt) : null;
        accounts.recordSignIn(account.getId(), now, upgradedHash);
        return new Result(Outcome.SIGNED_IN, signedIn(account), account.getCredentialsVersion());
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
