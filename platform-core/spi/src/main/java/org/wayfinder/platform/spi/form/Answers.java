package org.wayfinder.platform.spi.form;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Someone's answers to a form, by field id. Every answer is a list of text values: one for most
 * fields, several for a multiple choice, none when unanswered; numbers and dates are text until
 * they are stored.
 */
public record Answers(Map<String, List<String>> values) {

    /** The value a ticked consent box is stored as. */
    public static final String AGREED = "agreed";

    public Answers {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        values.forEach((field, given) -> copy.put(field, given == null ? List.of()
                : given.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList()));
        values = Collections.unmodifiableMap(copy);
    }

    public static Answers none() {
        return new Answers(Map.of());
    }

    public List<String> of(String field) {
        return values.getOrDefault(field, List.of());
    }

    public boolean has(String field) {
        return !of(field).isEmpty();
    }
}
