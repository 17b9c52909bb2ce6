package org.wayfinder.platform.spi.form;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A form as data: what owners build in the form builder, what is stored as a version, exported,
 * imported and drawn. Journeys point at forms by {@link #key()}.
 *
 * @param key         the form's stable name within the programme ({@code mentee-profile})
 * @param title       its heading
 * @param description a sentence under the heading, may be empty
 * @param sections    its sections, in order
 */
public record FormDefinition(String key, String title, String description, List<FormSection> sections) {

    public FormDefinition {
        description = description == null ? "" : description;
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    /** Every field, in order, across sections. */
    public Stream<FormField> fields() {
        return sections.stream().flatMap(section -> section.fields().stream());
    }

    public Optional<FormField> field(String id) {
        return fields().filter(field -> field.id().equals(id)).findFirst();
    }
}
