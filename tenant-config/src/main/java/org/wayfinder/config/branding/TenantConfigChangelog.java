package org.wayfinder.config.branding;

import jakarta.enterprise.context.ApplicationScoped;
import org.wayfinder.platform.persistence.ModuleChangelog;

/** Puts tenant-config's tables in the schema, straight after the core's. */
@ApplicationScoped
public class TenantConfigChangelog implements ModuleChangelog {

    @Override
    public String path() {
        return "db/changelog/tenant-config.xml";
    }

    @Override
    public int order() {
        return 100;
    }
}
