package org.wayfinder.platform.spi.form;

/**
 * When a field is shown: only when another field of the same form has an answer, or a particular
 * answer. A hidden field is neither checked nor stored.
 *
 * @param field  the id of the field this one depends on, which must come earlier in the form
 * @param equals the answer (or, for a multiple choice, one of the answers) that shows this field;
 *               null for "any answer at all"
 */
public record FieldCondition(String field, String equals) {
}
