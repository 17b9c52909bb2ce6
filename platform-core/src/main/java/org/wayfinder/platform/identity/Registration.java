package org.wayfinder.platform.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.wayfinder.platform.plugin.PluginActivations;
import org.wayfinder.platform.spi.FieldError;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.Mail;
import org.wayfinder.platform.spi.PluginRole;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.TenantContext;

/**
 * People registering themselves on a programme's site, and confirming their email address.
 *
 * <p>A new account cannot sign in until its owner follows the link mailed to them, which proves the
 * address is theirs. The link works once, for {@link #CONFIRMATION_LIFETIME}; asking again sends a
 * fresh one and retires the old.
 */
@ApplicationScoped
public class Registration {

    public static final Duration CONFIRMATION_LIFETIME = Duration.ofHours(48);
    /** What the platform accepts as an email address. */
    public static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$");

    @Inject
    Accounts accounts;

    @Inject
    AccountTokens tokens;

    @Inject
    PluginActivations plugins;

    @Inject
    TenantContext tenantContext;

    @Inject
    Event<Mail> mail;

    /** The roles people may give themselves here: those the tenant's switched-on plugins allow. */
    public List<PluginRole> selfRegistrationRoles() {
        return plugins.enabledPlugins().stream().flatMap(plugin -> plugin.roles().stream())
                .filter(PluginRole::selfRegistration).toList();
    }

    /**
     * Creates an account waiting for its email to be confirmed and mails the confirmation link.
     *
     * @param siteUrl the address of the tenant's site the person registered on, for the link
     * @return the new account's id
     * @throws InvalidInputException listing every problem, with nothing stored
     */
    @Transactional
    public String register(NewAccount form, String siteUrl) {
        String email = Account.normaliseEmail(form.email());
        String name = form.displayName() == null ? "" : form.displayName().strip();
        String role = form.role() == null || form.role().isBlank() ? null : form.role().strip();
        List<FieldError> errors = new ArrayList<>();
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            errors.add(new FieldError("email", "Enter an email address like name@example.org."));
        } else if (accounts.byEmail(email).isPresent()) {
            errors.add(new FieldError("email", "An account with this email address already exists here. Sign in, or reset your password if you have forgotten it."));
        }
        if (name.isEmpty() || name.length() > 100) {
            errors.add(new FieldError("displayName", "Enter your name (up to 100 characters)."));
        }
        PasswordPolicy.problemWith(form.password(), email).ifPresent(problem -> errors.add(new FieldError("password", problem)));
        if (role != null && selfRegistrationRoles().stream().noneMatch(allowed -> allowed.id().equals(role))) {
            errors.add(new FieldError("role", "Choose one of the roles offered."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Account account = accounts.add(new Account(email, name, PasswordHashing.hash(form.password())));
        accounts.grant(account, Roles.MEMBER);
        if (role != null) {
            accounts.grant(account, role);
        }
        try {
            accounts.flush();
        } catch (PersistenceException raceWithAnotherRegistration) {
            throw new InvalidInputException("email", "An account with this email address already exists here. Sign in, or reset your password if you have forgotten it.");
        }
        sendConfirmation(account, siteUrl);
        return account.getId();
    }

    /**
     * Confirms the email address behind a link's secret and lets the account sign in.
     *
     * @return false when the link is unknown, used or expired
     */
    @Transactional
    public boolean confirm(String secret) {
        Instant now = Instant.now();
        return tokens.bySecret(secret, AccountToken.Purpose.CONFIRM_EMAIL).filter(token -> token.isUsable(now))
                .map(token -> {
                    token.use(now);
                    token.getAccount().confirmEmail(now);
                    return true;
                }).orElse(false);
    }

    /** Sends a fresh confirmation link if the address has an account still waiting; otherwise nothing. */
    @Transactional
    public void resendConfirmation(String email, String siteUrl) {
        accounts.byEmail(email).filter(account -> account.getStatus() == AccountStatus.PENDING_VERIFICATION)
                .ifPresent(account -> sendConfirmation(account, siteUrl));
    }

    private void sendConfirmation(Account account, String siteUrl) {
        Instant now = Instant.now();
        tokens.retireAll(account, AccountToken.Purpose.CONFIRM_EMAIL, now);
        String secret = tokens.issue(account, AccountToken.Purpose.CONFIRM_EMAIL, CONFIRMATION_LIFETIME);
        String programme = tenantContext.tenant().name();
        mail.fire(new Mail(account.getEmail(), "Confirm your email address for " + programme,
                "Hello " + account.getDisplayName() + ",\n\n"
                        + "Thank you for registering with " + programme + ". To confirm this is your email address, open this link:\n\n"
                        + siteUrl + "/verify.xhtml?token=" + secret + "\n\n"
                        + "The link works once, for the next 48 hours. If you did not register, you can ignore this email.\n\n"
                        + programme + "\n"));
    }
}
