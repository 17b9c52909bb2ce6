package org.wayfinder.platform.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.wayfinder.platform.cache.ProgrammeCache;
import org.wayfinder.platform.spi.Cache;
import org.wayfinder.platform.spi.FieldError;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.People;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.TenantContext;
import org.wayfinder.platform.tenant.TenantDirectory;

/** The core's answer to {@link People}: active accounts of the current tenant, from {@link Accounts}. */
@ApplicationScoped
public class PeopleDirectory implements People {

    /** What a username looks like: no "@", so never an email address. */
    static final Pattern USERNAME = Pattern.compile("^[a-z0-9](?:[a-z0-9-]{1,38})[a-z0-9]$");

    @Inject
    Accounts accounts;

    @Inject
    Invitations invitations;

    @Inject
    TenantContext tenantContext;

    @Inject
    TenantDirectory tenants;

    @Inject
    ProgrammeCache cache;

    @Override
    public List<Person> withRole(String role) {
        // Held by the programme's activity scope, which every change to an account or a membership renews.
        return cache.get(Cache.activity(tenantContext.tenantId()), "with-role:" + role,
                () -> accounts.withRole(role).stream().filter(account -> account.getStatus() == AccountStatus.ACTIVE)
                        .map(PeopleDirectory::person).toList());
    }

    @Override
    public List<Person> everyoneWithRole(String role) {
        return accounts.withRole(role).stream().map(PeopleDirectory::person).toList();
    }

    @Override
    public Optional<Person> find(String accountId) {
        if (accountId == null) {
            return Optional.empty();
        }
        // Names on pages (a mentee's mentor, who wrote a line) are read through the person's cache.
        return cache.find(Cache.person(tenantContext.tenantId(), accountId), "person", () -> accounts.find(accountId)
                .filter(account -> account.getStatus() == AccountStatus.ACTIVE).map(PeopleDirectory::person));
    }

    @Override
    public boolean holds(String accountId, String role) {
        return find(accountId).map(person -> accounts.rolesOf(accountId).contains(role)).orElse(false);
    }

    @Override
    @Transactional
    public String addWithUsername(String username, String displayName, String password, String role) {
        String login = Account.normaliseEmail(username);
        String name = displayName == null ? "" : displayName.strip();
        List<FieldError> errors = new ArrayList<>();
        if (!USERNAME.matcher(login).matches()) {
            errors.add(new FieldError("username", "A username is 3 to 40 letters, digits and hyphens."));
        } else if (accounts.byEmail(login).isPresent()) {
            errors.add(new FieldError("username", "That username is taken here. Choose another."));
        }
        if (name.isEmpty() || name.length() > 100) {
            errors.add(new FieldError("displayName", "Enter a name (up to 100 characters)."));
        }
        PasswordPolicy.problemWith(password, login).ifPresent(problem -> errors.add(new FieldError("password", problem)));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Account account = accounts.addConfirmed(login, name, PasswordHashing.hash(password));
        accounts.grant(account, Roles.MEMBER);
        if (role != null && !role.isBlank()) {
            accounts.grant(account, role);
        }
        try {
            accounts.flush();
        } catch (PersistenceException raceWithAnotherRegistration) {
            throw new InvalidInputException("username", "That username is taken here. Choose another.");
        }
        return account.getId();
    }

    @Override
    public boolean isTaken(String usernameOrEmail) {
        return accounts.byEmail(usernameOrEmail).isPresent();
    }

    @Override
    public String invite(String email, String name, String role, String roleLabel) {
        return invitations.invite(email, name, role, roleLabel, tenants.siteUrl(tenantContext.tenant()));
    }

    @Override
    public void lock(String accountId) {
        accounts.lock(accountId);
    }

    private static Person person(Account account) {
        return new Person(account.getId(), account.getDisplayName(), account.getEmail(), account.getCreatedAt());
    }
}
