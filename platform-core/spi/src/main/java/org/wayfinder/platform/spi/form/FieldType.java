package org.wayfinder.platform.spi.form;

import java.util.List;
import java.util.Optional;

/**
 * A kind of question forms can ask. The core provides the common ones (short text, email, rating,
 * consent...); a plugin adds its own by making a CDI bean of this interface, for instance a choice
 * of the programme's career areas whose options come from the plugin's own data.
 *
 * <p>A type only decides how an answer is drawn ({@link #widget()}), what its options are and what
 * makes an answer acceptable; the platform does the drawing, the storing (by {@link #kind()}, so
 * reports can count and average) and the common rules (required, length, range, pattern).
 */
public interface FieldType {

    /** How answers are kept in the database, so SQL can aggregate them. */
    enum ValueKind { TEXT, NUMBER, DATE, OPTIONS }

    /** Lower-case letters, digits and hyphens; a plugin's types start with the plugin id. */
    String id();

    /** What the form builder calls it. */
    String label();

    FieldWidget widget();

    ValueKind kind();

    /** The options offered; by default the field's own, as the owner typed them. */
    default List<FieldOption> options(FormField field) {
        return field.options();
    }

    /** Whether owners type the options themselves in the builder (a plugin's type may provide them). */
    default boolean ownOptions() {
        return widget() == FieldWidget.RADIO || widget() == FieldWidget.SELECT || widget() == FieldWidget.CHECKBOXES;
    }

    /**
     * What is wrong with a non-blank answer by this type's own rules, in words for the person
     * answering; empty when it is acceptable. For choice types the answer is one option value.
     */
    default Optional<String> problemWith(String answer, FormField field) {
        return Optional.empty();
    }
}
