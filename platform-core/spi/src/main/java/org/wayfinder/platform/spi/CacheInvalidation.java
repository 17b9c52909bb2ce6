package org.wayfinder.platform.spi;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreRemove;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The entity listener of every {@link CacheScoped} record: a write of one marks its scopes changed
 * in the {@link Cache}. Bulk JPQL updates and deletes pass no listener, so code that runs
 * one on such a record calls {@link Cache#changed} itself.
 *
 * <p>A transaction that reads, adds or removes such a record reads its scopes from the database
 * until it ends ({@link Cache#touched}): it may change the record before it is flushed.
 *
 * <p>A record's programme is the one current when it was read or added: the write itself may be
 * flushed when the transaction commits, after work for another programme (through {@code Tenancy})
 * has returned to the request's own.
 */
public class CacheInvalidation {

    /**
     * The cache and the tenant context, looked up once: {@code CDI.current()} goes through JNDI and a
     * lock of Weld's each time, and this listener runs for every record read. Both are client
     * proxies, which find the current request's or application's instance on every call.
     */
    private static volatile Cache cache;
    private static volatile TenantContext tenantContext;

    /** Each record read or added, with its programme's id, for as long as the record is in memory. */
    private static final Map<Object, String> PROGRAMMES = Collections.synchronizedMap(new WeakHashMap<>());

    @PostLoad
    @PrePersist
    @PreRemove
    void touched(Object record) {
        if (!(record instanceof CacheScoped scoped)) {
            return;
        }
        String tenantId = PROGRAMMES.get(record);
        if (tenantId == null) {
            tenantId = currentTenant();
            if (tenantId != null) {
                PROGRAMMES.put(record, tenantId);
            }
        }
        Cache found = cache();
        scoped.cacheScopes(tenantId).forEach(found::touched);
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object record) {
        if (!(record instanceof CacheScoped scoped)) {
            return;
        }
        String tenantId = PROGRAMMES.get(record);
        Cache found = cache();
        scoped.cacheScopes(tenantId != null ? tenantId : currentTenant()).forEach(found::changed);
    }

    private static Cache cache() {
        Cache found = cache;
        if (found == null) {
            found = CDI.current().select(Cache.class).get();
            cache = found;
        }
        return found;
    }

    private static String currentTenant() {
        try {
            TenantContext tenant = tenantContext;
            if (tenant == null) {
                tenant = CDI.current().select(TenantContext.class).get();
                tenantContext = tenant;
            }
            return tenant.isResolved() ? tenant.tenantId() : null;
        } catch (ContextNotActiveException e) {
            // No unit of work: a programme's own records cannot be written here (Repository needs
            // the tenant), so only records of no programme (the programmes themselves) are.
            return null;
        }
    }
}
