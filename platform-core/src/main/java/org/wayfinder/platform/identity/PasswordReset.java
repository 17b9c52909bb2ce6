package org.wayfinder.platform.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.Mail;
import org.wayfinder.platform.spi.TenantContext;

/**
 * "Forgotten your password?": a single-use link by email, valid for an hour, to choose a new one.
 *
 * <p>Asking for a link always looks the same whether or not the address has an account. Choosing
 * the new password ends every other session of the account, lifts any throttling, and confirms the
 * email address (the person has just proven they read it).
 */
@ApplicationScoped
public class PasswordReset {

    public static final Duration LINK_LIFETIME = Duration.ofHours(1);

    @Inject
    Accounts accounts;

    @Inject
    AccountTokens tokens;

    @Inject
    TenantContext tenantContext;

    @Inject
    Event<Mail> mail;

    @Transactional
    public void requestLink(String email, String siteUrl) {
        Optional<Account> found = accounts.byEmail(email).filter(account -> account.getStatus() != AccountStatus.DISABLED);
        if (found.isEmpty()) {
            return;
        }
        Account account = found.get();
        tokens.retireAll(account, AccountToken.Purpose.RESET_PASSWORD, Instant.now());
        String secret = tokens.issue(account, AccountToken.Purpose.RESET_PASSWORD, LINK_LIFETIME);
        String programme = tenantContext.tenant().name();
        mail.fire(new Mail(account.getEmail(), "Reset your password for " + programme,
                "Hello " + account.getDisplayName() + ",\n\n"
                        + "Someone asked to reset the password of your " + programme + " account. To choose a new password, open this link:\n\n"
                        + siteUrl + "/password/reset.xhtml?token=" + secret + "\n\n"
                        + "The link works once, for the next hour. If you did not ask, ignore this email: your password has not changed.\n\n"
                        + programme + "\n"));
    }

    /** Whether a link's secret can still be used, so the page can say so before the person types. */
    @Transactional
    public boolean isUsable(String secret) {
        return tokens.bySecret(secret, AccountToken.Purpose.RESET_PASSWORD).filter(t -> t.isUsable(Instant.now())).isPresent();
    }

    /**
     * Sets the new password chosen through a link.
     *
     * @throws InvalidInputException for a used or expired link (field {@code token}) or a password
     *                               the policy refuses (field {@code password})
     */
    @Transactional
    public void choosePassword(String secret, String newPassword) {
        Instant now = Instant.now();
        AccountToken token = tokens.bySecret(secret, AccountToken.Purpose.RESET_PASSWORD)
                .filter(t -> t.isUsable(now))
                .orElseThrow(() -> new InvalidInputException("token", "This link has expired or has already been used. Ask for a new one."));
        Account account = token.getAccount();
        PasswordPolicy.problemWith(newPassword, account.getEmail()).ifPresent(problem -> {
            throw new InvalidInputException("password", problem);
        });
        token.use(now);
        account.changePassword(PasswordHashing.hash(newPassword));
        account.confirmEmail(now);
    }
}
