package org.wayfinder.platform.spi.form;

/**
 * One option of a choice field.
 *
 * @param value what is stored and what reports count by; stable once answers exist
 * @param label what people see
 */
public record FieldOption(String value, String label) {
}
