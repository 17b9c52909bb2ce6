package org.wayfinder.platform.identity;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.wayfinder.platform.spi.Repository;

/** Single-use email secrets of the current tenant. */
@ApplicationScoped
public class AccountTokens extends Repository<AccountToken> {

    public AccountTokens() {
        super(AccountToken.class);
    }

    /** Stores a new secret for the account and returns the plain secret to put in the email. */
    public String issue(Account account, AccountToken.Purpose purpose, Duration lifetime) {
        String secret = Secrets.newSecret();
        add(new AccountToken(account, purpose, Secrets.hash(secret), Instant.now().plus(lifetime)));
        return secret;
    }

    /** The token behind a secret, if the secret is one of this tenant's for that purpose. */
    public Optional<AccountToken> bySecret(String secret, AccountToken.Purpose purpose) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        return query("SELECT t FROM AccountToken t WHERE t.tokenHash = :hash AND t.purpose = :purpose")
                .setParameter("hash", Secrets.hash(secret.strip())).setParameter("purpose", purpose)
                .getResultStream().findFirst();
    }

    /** Retires every open token of one purpose, so that only the newest link works. */
    public void retireAll(Account account, AccountToken.Purpose purpose, Instant now) {
        query("SELECT t FROM AccountToken t WHERE t.account = :account AND t.purpose = :purpose AND t.usedAt IS NULL")
                .setParameter("account", account).setParameter("purpose", purpose).getResultList()
                .forEach(token -> token.use(now));
    }
}
