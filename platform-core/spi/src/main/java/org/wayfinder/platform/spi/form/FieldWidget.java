package org.wayfinder.platform.spi.form;

/**
 * The input a field is drawn with. Every field type, a plugin's included, uses one of these, so the
 * platform draws, checks and stores all of them the same accessible way.
 */
public enum FieldWidget {
    /** One line of text. */
    TEXT,
    /** Several lines of text. */
    TEXTAREA,
    /** A number (stored as a number, so reports can add it up). */
    NUMBER,
    /** A calendar date (stored as a date). */
    DATE,
    /** One of several options, all shown. */
    RADIO,
    /**
     * One of a few numbers on a scale (a rating), shown in a row with the ends labelled, such as
     * "Not at all useful" to "Very useful" ({@link FormField#lowLabel()}, {@link FormField#highLabel()}).
     */
    SCALE,
    /** One of several options, in a drop-down list. */
    SELECT,
    /** Any number of several options. */
    CHECKBOXES,
    /** A box ticked to agree to a text. */
    CONSENT
}
