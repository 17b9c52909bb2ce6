package org.wayfinder.platform.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.wayfinder.platform.spi.People;

/** The core's answer to {@link People}: active accounts of the current tenant, from {@link Accounts}. */
@ApplicationScoped
public class PeopleDirectory implements People {

    @Inject
    Accounts accounts;

    @Override
    public List<Person> withRole(String role) {
        return accounts.withRole(role).stream().filter(account -> account.getStatus() == AccountStatus.ACTIVE)
                .map(PeopleDirectory::person).toList();
    }

    @Override
    public Optional<Person> find(String accountId) {
        return accounts.find(accountId).filter(account -> account.getStatus() == AccountStatus.ACTIVE).map(PeopleDirectory::person);
    }

    @Override
    public boolean holds(String accountId, String role) {
        return accounts.find(accountId).filter(account -> account.getStatus() == AccountStatus.ACTIVE)
                .map(account -> accounts.rolesOf(account).contains(role)).orElse(false);
    }

    @Override
    public void lock(String accountId) {
        accounts.lock(accountId);
    }

    private static Person person(Account account) {
        return new Person(account.getId(), account.getDisplayName(), account.getEmail(), account.getCreatedAt());
    }
}
