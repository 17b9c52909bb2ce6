package org.wayfinder.mentoring.profile;

import jakarta.inject.Inject;
import java.util.List;
import org.wayfinder.mentoring.taxonomy.Taxonomy;
import org.wayfinder.mentoring.taxonomy.TermKind;
import org.wayfinder.platform.spi.form.FieldOption;
import org.wayfinder.platform.spi.form.FieldType;
import org.wayfinder.platform.spi.form.FieldWidget;
import org.wayfinder.platform.spi.form.FormField;

/**
 * A question whose options are the programme's own career areas or support types, as the owner
 * keeps them on the taxonomy page: answers store the term's key, so renaming a term changes no
 * answer, and a retired term is no longer offered.
 */
abstract class TaxonomyField implements FieldType {

    @Inject
    Taxonomy taxonomy;

    private final TermKind kind;
    private final String id;
    private final String label;

    TaxonomyField(TermKind kind, String id, String label) {
        this.kind = kind;
        this.id = id;
        this.label = label;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public FieldWidget widget() {
        return FieldWidget.CHECKBOXES;
    }

    @Override
    public ValueKind kind() {
        return ValueKind.OPTIONS;
    }

    @Override
    public List<FieldOption> options(FormField field) {
        return taxonomy.inUse(kind).stream().map(term -> new FieldOption(term.getKey(), term.getLabel())).toList();
    }

    @Override
    public boolean ownOptions() {
        return false;
    }
}
