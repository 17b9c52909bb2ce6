package org.wayfinder.platform.tenant;

import jakarta.persistence.EntityListeners;
import java.util.List;
import org.wayfinder.platform.spi.CacheInvalidation;
import org.wayfinder.platform.spi.CacheScoped;
import org.wayfinder.platform.spi.Cache;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.wayfinder.platform.spi.Ids;
import org.wayfinder.platform.spi.TenantRef;
import org.wayfinder.platform.spi.TenantStatus;

/**
 * A programme run on the platform: an NHS trust, or training hubs together. The platform itself is
 * a tenant too (the one flagged {@code platform}); it holds the operators and serves the bare domain.
 *
 * <p>This is the one table that is not tenant-owned: it is how tenants are found.
 */
@Entity
@EntityListeners(CacheInvalidation.class)
@Table(name = "tenant")
public class Tenant implements CacheScoped {

    @Id
    @Column(length = 36, nullable = false, updatable = false)
    private String id = Ids.newId();

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 63)
    private String slug;

    @Column(nullable = false, length = 120)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TenantStatus status = TenantStatus.ACTIVE;

    @Column(nullable = false)
    private boolean platform;

    @Column(name = "custom_domain", unique = true, length = 253)
    private String customDomain;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    /** When an operator last downloaded the programme's configuration: deleting it needs a recent one. */
    @Column(name = "exported_at")
    private Instant exportedAt;

    protected Tenant() {
    }

    public Tenant(String slug, String name) {
        this.slug = slug;
        this.name = name;
    }

    public TenantRef ref() {
        return new TenantRef(id, slug, name, status, platform);
    }

    public String getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    public TenantStatus getStatus() {
        return status;
    }

    public void setStatus(TenantStatus status) {
        this.status = status;
    }

    public boolean isPlatform() {
        return platform;
    }

    public String getCustomDomain() {
        return customDomain;
    }

    public void setCustomDomain(String customDomain) {
        this.customDomain = customDomain;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExportedAt() {
        return exportedAt;
    }

    void markExported(Instant when) {
        exportedAt = when;
    }

    /** A programme's address, state or name is read through the cache by every request. */
    @Override
    public List<String> cacheScopes(String tenantId) {
        return List.of(Cache.PLATFORM, Cache.programme(id));
    }
}
