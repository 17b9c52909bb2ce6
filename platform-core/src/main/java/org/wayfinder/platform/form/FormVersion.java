package org.wayfinder.platform.form;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.wayfinder.platform.definition.PublishedVersion;

/** One published version of a form, never changed after publishing. */
@Entity
@Table(name = "form_version")
public class FormVersion extends PublishedVersion {

    @ManyToOne(optional = false)
    @JoinColumn(name = "form_id", nullable = false)
    private Form form;

    protected FormVersion() {
    }

    FormVersion(Form form, int number, String definition, Instant publishedAt) {
        super(number, definition, publishedAt);
        this.form = form;
    }

    public Form getForm() {
        return form;
    }
}
