package org.wayfinder.platform.spi;

import jakarta.enterprise.context.RequestScoped;
import java.util.function.Supplier;

/**
 * The one answer to "which tenant is this work for?", for every component.
 *
 * <p>For a web request the tenant is resolved from the Host header before anything else runs and
 * entered here; background work enters its tenant through {@code Tenancy}. A unit of work belongs
 * to exactly one tenant: entering a different one is refused rather than silently switched, because
 * a switch half-way would mix two tenants' records in one transaction. The one exception is
 * {@link Tenancy}, which uses {@link #within} to run work for another tenant in a transaction of
 * its own.
 */
@RequestScoped
public class TenantContext {

    private TenantRef tenant;

    /** Binds this unit of work to a tenant. Entering the same tenant again is harmless. */
    public void enter(TenantRef tenant) {
        if (tenant == null) {
            throw new IllegalArgumentException("tenant is required");
        }
        if (this.tenant != null && !this.tenant.id().equals(tenant.id())) {
            throw new IllegalStateException("This unit of work already belongs to tenant " + this.tenant.slug());
        }
        this.tenant = tenant;
    }

    /**
     * Runs work for another tenant and then returns to the current one. Only {@link Tenancy} calls
     * it, because it also gives the work a new transaction, so no EntityManager sees both tenants.
     */
    <T> T within(TenantRef other, Supplier<T> work) {
        TenantRef previous = tenant;
        tenant = other;
        try {
            return work.get();
        } finally {
            tenant = previous;
        }
    }

    public boolean isResolved() {
        return tenant != null;
    }

    /** The current tenant; fails loudly when there is none rather than falling back to any tenant. */
    public TenantRef tenant() {
        if (tenant == null) {
            throw new IllegalStateException("No tenant has been resolved for this unit of work");
        }
        return tenant;
    }

    public String tenantId() {
        return tenant().id();
    }
}
