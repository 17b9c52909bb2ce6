package org.wayfinder.platform.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.wayfinder.platform.spi.FieldError;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.Mail;
import org.wayfinder.platform.spi.RequiresRole;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.TenantContext;

/**
 * Invitations to hold a role in the current programme: how a new programme's owner gets in. The
 * invited person gets an account that cannot sign in, and a single-use link, valid for
 * {@link #LIFETIME}, where they choose a password; that also confirms their email address.
 * Someone who already has an account here just gets the role and a note saying so.
 */
@ApplicationScoped
public class Invitations {

    public static final Duration LIFETIME = Duration.ofDays(7);

    /**
     * What an invitation link offers, shown before the person chooses a password.
     *
     * @param programme the programme's name
     * @param email     the invited address
     * @param name      the invited person's name
     */
    public record Invitation(String programme, String email, String name) {
    }

    @Inject
    Accounts accounts;

    @Inject
    AccountTokens tokens;

    @Inject
    TenantContext tenantContext;

    @Inject
    Event<Mail> mail;

    /**
     * Invites someone to hold a role here and emails them.
     *
     * @param siteUrl the address of this programme's site, for the link
     */
    @Transactional
    @RequiresRole({Roles.OWNER, Roles.OPERATOR})
    public void invite(String email, String name, String role, String siteUrl) {
        invite(email, name, role, null, siteUrl);
    }

    /**
     * Invites someone to take part with a plugin's role, named in the mail as {@code roleLabel}.
     *
     * @param roleLabel how the role reads in the mail; null for a programme role (owner, moderator)
     * @return the account's id
     */
    @Transactional
    @RequiresRole({Roles.OWNER, Roles.OPERATOR})
    public String invite(String email, String name, String role, String roleLabel, String siteUrl) {
        String programme = tenantContext.tenant().name();
        Optional<Account> existing = accounts.byEmail(email);
        if (existing.isPresent() && existing.get().getStatus() == AccountStatus.ACTIVE) {
            accounts.grant(existing.get(), role);
            mail.fire(new Mail(existing.get().getEmail(), "You are now " + article(role) + " " + role + " of " + programme,
                    "Hello " + existing.get().getDisplayName() + ",\n\n"
                            + "You can now act as " + article(role) + " " + role + " of " + programme + ". Sign in as usual:\n\n"
                            + siteUrl + "/login.xhtml\n\n" + programme + "\n"));
            return existing.get().getId();
        }
        List<FieldError> errors = new ArrayList<>();
        if (email == null || !Registration.EMAIL.matcher(Account.normaliseEmail(email)).matches()) {
            errors.add(new FieldError("email", "Enter an email address like name@example.org."));
        }
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            errors.add(new FieldError("name", "Enter their name (up to 100 characters)."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Account account = existing.orElseGet(() -> accounts.add(new Account(email, name, PasswordHashing.hash(Secrets.newSecret()))));
        accounts.grant(account, role);
        tokens.retireAll(account, AccountToken.Purpose.INVITATION, Instant.now());
        String secret = tokens.issue(account, AccountToken.Purpose.INVITATION, LIFETIME);
        if (roleLabel != null) {
            mail.fire(new Mail(account.getEmail(), "You are invited to " + programme + " as " + article(roleLabel) + " " + roleLabel,
                    "Hello " + account.getDisplayName() + ",\n\n"
                            + "You are invited to take part in " + programme + " as " + article(roleLabel) + " " + roleLabel + ".\n"
                            + "To accept, open this link and choose a password:\n\n"
                            + siteUrl + "/invitation.xhtml?token=" + secret + "\n\n"
                            + "The link works once, for the next 7 days.\n\n" + programme + "\n"));
            return account.getId();
        }
        mail.fire(new Mail(account.getEmail(), "You are invited to run " + programme + " on Wayfinder",
                "Hello " + account.getDisplayName() + ",\n\n"
                        + programme + " is ready on Wayfinder, and you are invited to be its " + role + ".\n"
                        + "To accept, open this link and choose a password:\n\n"
                        + siteUrl + "/invitation.xhtml?token=" + secret + "\n\n"
                        + "The link works once, for the next 7 days. Your programme's site is " + siteUrl + "/\n\n"
                        + "Wayfinder\n"));
        return account.getId();
    }

    /** What a link invites to, while it can still be used. */
    @Transactional
    public Optional<Invitation> lookup(String secret) {
        return tokens.bySecret(secret, AccountToken.Purpose.INVITATION).filter(token -> token.isUsable(Instant.now()))
                .map(token -> new Invitation(tenantContext.tenant().name(), token.getAccount().getEmail(),
                        token.getAccount().getDisplayName()));
    }

    /**
     * Accepts an invitation by choosing a password; the person can sign in afterwards.
     *
     * @return the email address to sign in with
     * @throws InvalidInputException for a used or expired link (field {@code token}) or a password
     *                               the policy refuses (field {@code password})
     */
    @Transactional
    public String accept(String secret, String password) {
        Instant now = Instant.now();
        AccountToken token = tokens.bySecret(secret, AccountToken.Purpose.INVITATION).filter(t -> t.isUsable(now))
                .orElseThrow(() -> new InvalidInputException("token",
                        "This invitation has expired or has already been used. Ask the Wayfinder team for a new one."));
        Account account = token.getAccount();
        PasswordPolicy.problemWith(password, account.getEmail()).ifPresent(problem -> {
            throw new InvalidInputException("password", problem);
        });
        token.use(now);
        account.changePassword(PasswordHashing.hash(password));
        account.confirmEmail(now);
        return account.getEmail();
    }

    private static String article(String role) {
        return "aeiou".indexOf(role.charAt(0)) >= 0 ? "an" : "a";
    }
}
