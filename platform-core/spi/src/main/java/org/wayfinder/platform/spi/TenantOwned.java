package org.wayfinder.platform.spi;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * The base class of every record that belongs to one tenant.
 *
 * <p>EclipseLink adds {@code tenant_id = :current tenant} to every query, find, update and delete
 * of a subclass, and fills the column on insert, from the {@link #TENANT_PROPERTY} that
 * {@link Repository} sets on the transaction's EntityManager. Code therefore never filters by
 * tenant by hand, and cannot forget to. Each subclass's table has a {@code tenant_id} column and
 * indexes that start with it (the changelog tests check this).
 *
 * <p>Every record passes {@link CacheInvalidation}, which acts on those that are {@link CacheScoped}.
 */
@MappedSuperclass
@EntityListeners(CacheInvalidation.class)
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantOwned.TENANT_PROPERTY, length = 36)
public abstract class TenantOwned {

    /** The EntityManager property that carries the current tenant's id. */
    public static final String TENANT_PROPERTY = "wayfinder.tenant-id";

    @Id
    @Column(length = 36, nullable = false, updatable = false)
    private String id = Ids.newId();

    @Version
    @Column(nullable = false)
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    public String getId() {
        return id;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && id.equals(((TenantOwned) other).id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(getClass(), id);
    }
}
