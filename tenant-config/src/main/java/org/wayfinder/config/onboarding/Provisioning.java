package org.wayfinder.config.onboarding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.wayfinder.config.configuration.ConfigurationImporter;
import org.wayfinder.config.configuration.ImportReport;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.SignedInUser;
import org.wayfinder.platform.spi.Tenancy;
import org.wayfinder.platform.spi.TenantRef;
import org.wayfinder.platform.tenant.TenantDirectory;

/**
 * Creates a programme and configures it from a configuration document, as the platform acting for
 * the new programme's owner. Used by an operator's approval ({@link Onboarding#approve}, which checks
 * the operator's role) and by the demo seeding at start-up; pages never call it directly.
 */
@ApplicationScoped
public class Provisioning {

    @Inject
    TenantDirectory tenants;

    @Inject
    Tenancy tenancy;

    @Inject
    CurrentUser currentUser;

    @Inject
    ConfigurationImporter importer;

    /**
     * The document is checked before anything is created (on the platform's own tenant, which like a
     * new programme has no forms or journeys yet), so a bad document leaves no half-made programme.
     *
     * @throws IllegalStateException when the document does not apply: a broken template is a bug
     */
    public TenantRef provision(String address, String name, String document) {
        TenantRef platform = tenants.platform();
        ImportReport check = tenancy.callAs(platform, () -> currentUser.actingAs(SignedInUser.platformAsOwner(platform.id()),
                () -> importer.dryRun(document)));
        if (!check.ok()) {
            throw new IllegalStateException("The programme's configuration does not apply: " + check.problems());
        }
        TenantRef programme = tenants.create(address, name);
        ImportReport applied = tenancy.callAs(programme, () -> currentUser.actingAs(SignedInUser.platformAsOwner(programme.id()),
                () -> importer.apply(document)));
        if (!applied.applied()) {
            throw new IllegalStateException("The programme " + address + " was created but its configuration did not apply: "
                    + applied.problems());
        }
        return programme;
    }
}
