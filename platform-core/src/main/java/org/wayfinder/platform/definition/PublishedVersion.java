package org.wayfinder.platform.definition;

import jakarta.persistence.Column;
import jakarta.persistence.Lob;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.List;
import org.wayfinder.platform.spi.CacheScoped;
import org.wayfinder.platform.spi.Cache;
import org.wayfinder.platform.spi.TenantOwned;

/**
 * One published version of a {@link VersionedDefinition}, never changed after publishing, so what
 * people did against it (answers, finished steps) can always be read against what they were asked.
 * Each kind adds the reference to its definition, in a column of its own.
 */
@MappedSuperclass
public abstract class PublishedVersion extends TenantOwned implements CacheScoped {

    @Column(nullable = false)
    private int number;

    /** The definition as JSON, exactly as it was published. */
    @Lob
    @Column(name = "definition", nullable = false)
    private String definition;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    protected PublishedVersion() {
    }

    protected PublishedVersion(int number, String definition, Instant publishedAt) {
        this.number = number;
        this.definition = definition;
        this.publishedAt = publishedAt;
    }

    public int getNumber() {
        return number;
    }

    String getDefinition() {
        return definition;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    /** Published definitions are read through the programme's cache. */
    @Override
    public List<String> cacheScopes(String tenantId) {
        return tenantId == null ? List.of() : List.of(Cache.programme(tenantId));
    }
}
