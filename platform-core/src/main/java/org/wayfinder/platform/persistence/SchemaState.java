package org.wayfinder.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Whether this instance has brought the schema up to date and finished its start-up work. Until
 * then the instance must not be sent visitors: another instance may still be migrating the same
 * database, and this one is queued behind it on the migration lock (see {@link SchemaMigrator}).
 */
@ApplicationScoped
public class SchemaState {

    private volatile boolean current;

    /** Called by {@link PlatformStartup} once the migration and the one-off start-up work are done. */
    public void markCurrent() {
        current = true;
    }

    public boolean isCurrent() {
        return current;
    }
}
