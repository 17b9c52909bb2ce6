package org.wayfinder.platform.form;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.wayfinder.platform.definition.VersionedDefinition;

/**
 * A form of the programme: its key, its title, the number of its published version and the draft
 * an owner is working on. Published versions are kept as {@link FormVersion}s, so answers given to
 * an earlier version stay readable against the questions that were asked.
 */
@Entity
@Table(name = "form")
public class Form extends VersionedDefinition {

    @Column(name = "form_key", nullable = false, length = 60)
    private String key;

    protected Form() {
    }

    Form(String key, String title) {
        super(title);
        this.key = key;
    }

    public String getKey() {
        return key;
    }
}
