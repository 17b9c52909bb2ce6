package org.wayfinder.config.notice;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.wayfinder.platform.spi.Cache;
import org.wayfinder.platform.spi.CacheScoped;
import org.wayfinder.platform.spi.TenantOwned;

/**
 * A notice as the programme's owner wrote it, in {@link NoticeText}'s plain format. A programme
 * without one for a {@link NoticeKind} shows that kind's {@link NoticeTemplate}; going back to the
 * template removes the row.
 */
@Entity
@Table(name = "notice")
public class Notice extends TenantOwned implements CacheScoped {

    @Column(nullable = false, length = 20)
    private String kind;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(name = "body", nullable = false)
    private String text;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Notice() {
    }

    public Notice(NoticeKind kind, String text, Instant updatedAt) {
        this.kind = kind.key();
        this.text = text;
        this.updatedAt = updatedAt;
    }

    public NoticeKind getKind() {
        return NoticeKind.byKey(kind).orElseThrow();
    }

    public String getText() {
        return text;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void change(String text, Instant at) {
        this.text = text;
        this.updatedAt = at;
    }

    /** Part of the programme's configuration, which its public pages read through the cache. */
    @Override
    public List<String> cacheScopes(String tenantId) {
        return tenantId == null ? List.of() : List.of(Cache.programme(tenantId));
    }
}
