package org.wayfinder.platform.spi.report;

/**
 * A picture of one column of a {@link Section}'s table, drawn in the PDF (the CSV and the
 * spreadsheet keep the figures as a table, where a funder's analyst wants them).
 *
 * <ul>
 *   <li>{@link Kind#BARS}: one horizontal bar per row, labelled with the row's first cell, as long
 *       as the row's value in {@code column} is against the largest; the value is written at the
 *       bar's end.</li>
 *   <li>{@link Kind#WORD_CLOUD}: the rows' first cells as words, the larger the more used (five
 *       sizes, by the value in {@code column}), in alphabetical order, so size and not position
 *       shows use.</li>
 * </ul>
 *
 * @param kind   which picture
 * @param title  what it shows, written above it ("Chat lines by team"); may be empty
 * @param column the index of the numeric column it draws (the label is always column 0)
 */
public record Chart(Kind kind, String title, int column) {

    public enum Kind { BARS, WORD_CLOUD }

    public Chart {
        if (kind == null) {
            throw new IllegalArgumentException("A chart needs a kind");
        }
        title = title == null ? "" : title;
        if (column < 1) {
            throw new IllegalArgumentException("A chart draws a column after the label column 0, not column " + column);
        }
    }

    /** Bars of column {@code column}, under {@code title}. */
    public static Chart bars(String title, int column) {
        return new Chart(Kind.BARS, title, column);
    }

    /** The words of column 0 sized by column {@code column}. */
    public static Chart wordCloud(int column) {
        return new Chart(Kind.WORD_CLOUD, "", column);
    }
}
