package org.wayfinder.platform.form;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import org.wayfinder.platform.spi.TenantOwned;

/**
 * A form of the programme: its key, its title, the number of its published version and the draft
 * an owner is working on. Published versions are kept as {@link FormVersion}s, so answers given to
 * an earlier version stay readable against the questions that were asked.
 */
@Entity
@Table(name = "form")
public class Form extends TenantOwned {

    @Column(name = "form_key", nullable = false, length = 60)
    private String key;

    @Column(nullable = false, length = 120)
    private String title;

    /** The number of the published version; 0 while the form has never been published. */
    @Column(name = "current_version", nullable = false)
    private int currentVersion;

    /** The definition being edited, as JSON; null when there are no unpublished changes. */
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "draft")
    private String draft;

    protected Form() {
    }

    Form(String key, String title) {
        this.key = key;
        this.title = title;
    }

    public String getKey() {
        return key;
    }

    public String getTitle() {
        return title;
    }

    void setTitle(String title) {
        this.title = title;
    }

    public int getCurrentVersion() {
        return currentVersion;
    }

    void setCurrentVersion(int currentVersion) {
        this.currentVersion = currentVersion;
    }

    String getDraft() {
        return draft;
    }

    void setDraft(String draft) {
        this.draft = draft;
    }

    public boolean hasDraft() {
        return draft != null;
    }
}
