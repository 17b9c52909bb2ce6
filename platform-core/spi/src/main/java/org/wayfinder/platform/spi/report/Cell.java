package org.wayfinder.platform.spi.report;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * One cell of a report's table: text, a number, or nothing. Numbers stay numbers all the way to
 * the file, so a spreadsheet can sum a column of them and the PDF can align them right; their
 * text form is {@link BigDecimal#toPlainString()}, so {@code 1.0} stays "1.0" and {@code 4} stays
 * "4".
 */
public sealed interface Cell {

    /** The empty cell: a figure that cannot be worked out yet, or a column that does not apply. */
    Cell BLANK = new Blank();

    /** The cell as it reads in CSV and PDF. */
    String text();

    /**
     * The cell for a value as a section's row gives it: {@code null} is blank, text stays text, and
     * any {@link java.lang.Number} (int, long, double, {@code BigDecimal}...) is a number.
     *
     * @throws IllegalArgumentException for a value of another type, or a number that is not finite
     */
    static Cell of(Object value) {
        if (value == null) {
            return BLANK;
        }
        if (value instanceof Cell cell) {
            return cell;
        }
        if (value instanceof CharSequence text) {
            return new Text(text.toString());
        }
        if (value instanceof Double || value instanceof Float) {
            double number = ((java.lang.Number) value).doubleValue();
            if (!Double.isFinite(number)) {
                throw new IllegalArgumentException("A report cannot hold " + value);
            }
            return new Numeric(new BigDecimal(value.toString()));
        }
        if (value instanceof BigDecimal decimal) {
            return new Numeric(decimal);
        }
        if (value instanceof BigInteger whole) {
            return new Numeric(new BigDecimal(whole));
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return new Numeric(BigDecimal.valueOf(((java.lang.Number) value).longValue()));
        }
        throw new IllegalArgumentException("A report cell is text or a number, not a " + value.getClass().getName());
    }

    /** Words: a name, a label, a date already written out. */
    record Text(String value) implements Cell {

        public Text {
            if (value == null) {
                throw new IllegalArgumentException("Text needs a value; use Cell.BLANK for none");
            }
        }

        @Override
        public String text() {
            return value;
        }
    }

    /** A count, a share or a decimal: written as a number cell in XLSX and aligned right in PDF. */
    record Numeric(BigDecimal value) implements Cell {

        public Numeric {
            if (value == null) {
                throw new IllegalArgumentException("A number needs a value; use Cell.BLANK for none");
            }
        }

        @Override
        public String text() {
            return value.toPlainString();
        }
    }

    /** See {@link #BLANK}. */
    record Blank() implements Cell {

        @Override
        public String text() {
            return "";
        }
    }
}
