package org.wayfinder.platform.spi.form;

import java.util.List;

/**
 * A group of questions under a heading.
 *
 * @param id     unique within the form
 * @param title  the heading
 * @param fields the questions, in order
 */
public record FormSection(String id, String title, List<FormField> fields) {

    public FormSection {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }
}
