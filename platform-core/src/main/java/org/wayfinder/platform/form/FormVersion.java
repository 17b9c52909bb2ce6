package org.wayfinder.platform.form;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.wayfinder.platform.spi.TenantOwned;

/** One published version of a form, never changed after publishing. */
@Entity
@Table(name = "form_version")
public class FormVersion extends TenantOwned {

    @ManyToOne(optional = false)
    @JoinColumn(name = "form_id", nullable = false)
    private Form form;

    @Column(nullable = false)
    private int number;

    @Lob
    @Column(name = "definition", nullable = false)
    private String definition;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    protected FormVersion() {
    }

    FormVersion(Form form, int number, String definition, Instant publishedAt) {
        this.form = form;
        this.number = number;
        this.definition = definition;
        this.publishedAt = publishedAt;
    }

    public Form getForm() {
        return form;
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
}
