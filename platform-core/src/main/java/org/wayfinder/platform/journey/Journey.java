package org.wayfinder.platform.journey;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import org.wayfinder.platform.spi.TenantOwned;

/** The journey of one role: the number of its published version and the draft an owner is editing. */
@Entity
@Table(name = "journey")
public class Journey extends TenantOwned {

    @Column(nullable = false, length = 64)
    private String role;

    @Column(nullable = false, length = 120)
    private String title;

    @Column(name = "current_version", nullable = false)
    private int currentVersion;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "draft")
    private String draft;

    protected Journey() {
    }

    Journey(String role, String title) {
        this.role = role;
        this.title = title;
    }

    public String getRole() {
        return role;
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
