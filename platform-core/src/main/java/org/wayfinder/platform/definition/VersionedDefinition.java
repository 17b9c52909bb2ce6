package org.wayfinder.platform.definition;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.MappedSuperclass;
import java.util.List;
import org.wayfinder.platform.spi.CacheScoped;
import org.wayfinder.platform.spi.Cache;
import org.wayfinder.platform.spi.TenantOwned;

/**
 * Something a programme's owner defines and publishes in versions, as a form or a journey: its title,
 * the number of its published version and the draft being edited. Each kind names itself (a form
 * by its key, a journey by its role) and keeps its own table; the columns here are the same in
 * each. Only {@link Drafts} changes them, so every kind saves and publishes the same way.
 */
@MappedSuperclass
public abstract class VersionedDefinition extends TenantOwned implements CacheScoped {

    @Column(nullable = false, length = 120)
    private String title;

    /** The number of the published version; 0 while it has never been published. */
    @Column(name = "current_version", nullable = false)
    private int currentVersion;

    /** The definition being edited, as JSON; null when there are no unpublished changes. */
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "draft")
    private String draft;

    protected VersionedDefinition() {
    }

    protected VersionedDefinition(String title) {
        this.title = title;
    }

    public String getTitle() {
        return title;
    }

    public int getCurrentVersion() {
        return currentVersion;
    }

    public boolean isPublished() {
        return currentVersion > 0;
    }

    public boolean hasDraft() {
        return draft != null;
    }

    String getDraft() {
        return draft;
    }

    void setDraft(String draft) {
        this.draft = draft;
    }

    /** The draft became version {@code number}, titled as it says. */
    void published(int number, String title) {
        this.currentVersion = number;
        this.title = title;
        this.draft = null;
    }

    /** Published definitions are read through the programme's cache. */
    @Override
    public List<String> cacheScopes(String tenantId) {
        return tenantId == null ? List.of() : List.of(Cache.programme(tenantId));
    }
}
