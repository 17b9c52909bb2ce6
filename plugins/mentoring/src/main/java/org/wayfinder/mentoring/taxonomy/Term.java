package org.wayfinder.mentoring.taxonomy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.wayfinder.platform.spi.TenantOwned;

/**
 * One career area or support type. Profiles and matches keep its key, so a term is retired rather
 * than deleted, and its key never changes when it is renamed.
 */
@Entity
@Table(name = "mentoring_term")
public class Term extends TenantOwned {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TermKind kind;

    @Column(name = "term_key", nullable = false, length = 60)
    private String key;

    @Column(nullable = false, length = 80)
    private String label;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean retired;

    protected Term() {
    }

    Term(TermKind kind, String key, String label, int position) {
        this.kind = kind;
        this.key = key;
        this.label = label;
        this.position = position;
    }

    public TermKind getKind() {
        return kind;
    }

    public String getKey() {
        return key;
    }

    public String getLabel() {
        return label;
    }

    void setLabel(String label) {
        this.label = label;
    }

    public int getPosition() {
        return position;
    }

    void setPosition(int position) {
        this.position = position;
    }

    public boolean isRetired() {
        return retired;
    }

    void setRetired(boolean retired) {
        this.retired = retired;
    }
}
