package org.wayfinder.platform.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.wayfinder.platform.persistence.PlatformReady;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.Tenancy;
import org.wayfinder.platform.tenant.TenantDirectory;

/**
 * Creates the first platform operator on a new installation from {@code wayfinder.operator.email}
 * and {@code wayfinder.operator.password} (environment: {@code WAYFINDER_OPERATOR_EMAIL},
 * {@code WAYFINDER_OPERATOR_PASSWORD}), so that somebody can sign in to approve the first tenants.
 * Does nothing once an account with that email exists.
 */
@ApplicationScoped
public class OperatorBootstrap {

    @Inject
    Logger log;

    @Inject
    Tenancy tenancy;

    @Inject
    TenantDirectory tenants;

    @Inject
    Accounts accounts;

    @Inject
    @ConfigProperty(name = "wayfinder.operator.email")
    Optional<String> email;

    @Inject
    @ConfigProperty(name = "wayfinder.operator.password")
    Optional<String> password;

    void onReady(@Observes PlatformReady ready) {
        if (email.isEmpty() || password.isEmpty()) {
            return;
        }
        PasswordPolicy.problemWith(password.get(), email.get()).ifPresent(problem -> {
            throw new IllegalStateException("wayfinder.operator.password is not acceptable: " + problem);
        });
        tenancy.runAs(tenants.platform(), () -> {
            if (accounts.byEmail(email.get()).isEmpty()) {
                Account operator = accounts.addConfirmed(email.get(), "Platform operator", PasswordHashing.hash(password.get()));
                accounts.grant(operator, Roles.OPERATOR);
                log.info(() -> "Created the platform operator " + operator.getEmail());
            }
        });
    }
}
