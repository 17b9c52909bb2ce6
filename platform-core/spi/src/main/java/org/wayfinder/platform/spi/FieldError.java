package org.wayfinder.platform.spi;

import java.io.Serializable;

/**
 * What is wrong with one field of some input, in words the person who typed it understands.
 *
 * @param field   the field's name as the form or the JSON document calls it
 * @param message what to fix, e.g. "Enter an email address like name@example.org"
 */
public record FieldError(String field, String message) implements Serializable {
}
