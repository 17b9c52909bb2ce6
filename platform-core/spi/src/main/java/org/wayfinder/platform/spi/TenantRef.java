package org.wayfinder.platform.spi;

/**
 * What the rest of the platform needs to know about the tenant a request belongs to: an immutable
 * snapshot taken when the tenant was resolved, so that it can be passed around and kept without
 * holding on to an entity.
 *
 * @param id       the tenant's id, the value of every {@code tenant_id} column it owns
 * @param slug     the subdomain that addresses it ({@code healthcare-zone})
 * @param name     the programme's name as people see it
 * @param status   whether it is active
 * @param platform true for the platform's own tenant, which holds the operators
 */
public record TenantRef(String id, String slug, String name, TenantStatus status, boolean platform) {

    public boolean isActive() {
        return status == TenantStatus.ACTIVE;
    }
}
