package org.wayfinder.platform.spi.form;

/**
 * A rule an answer must keep, beyond its field type's own. Declared as data, like a Keycloak
 * validator, so owners can add rules without code and they survive export and import.
 *
 * @param id      {@code length} (min, max characters), {@code range} (min, max value),
 *                {@code pattern} (pattern, message) or {@code email}
 * @param min     the smallest length or value, or null
 * @param max     the largest length or value, or null
 * @param pattern a regular expression the whole answer must match, for {@code pattern}
 * @param message what to tell people when {@code pattern} does not match
 */
public record FieldValidator(String id, Double min, Double max, String pattern, String message) {

    public static final String LENGTH = "length";
    public static final String RANGE = "range";
    public static final String PATTERN = "pattern";
    public static final String EMAIL = "email";

    public static FieldValidator length(Integer min, Integer max) {
        return new FieldValidator(LENGTH, min == null ? null : min.doubleValue(), max == null ? null : max.doubleValue(), null, null);
    }

    public static FieldValidator range(Double min, Double max) {
        return new FieldValidator(RANGE, min, max, null, null);
    }

    public static FieldValidator pattern(String pattern, String message) {
        return new FieldValidator(PATTERN, null, null, pattern, message);
    }
}
