package org.wayfinder.platform.spi.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One part of a {@link Report}: a heading and a table under it. Build one with
 * {@link #builder(String, List)}:
 *
 * <pre>{@code
 * Section.builder("Mentees matched by school", List.of("school", "matched", "registered"))
 *         .key("by school")
 *         .row("Arnold Academy", 2, 2)
 *         .row("Bramley College", 1, null)
 *         .build();
 * }</pre>
 *
 * <p>A section with no rows is kept, not dropped: the PDF and the spreadsheet say {@value #NONE_YET}
 * under its heading, so a reader can tell "nothing yet" from "left out".
 *
 * @param key     the section's short name in the CSV's first column, which scripts filter on;
 *                the heading unless set
 * @param heading the heading people read in the PDF and the spreadsheet
 * @param columns the table's column headers, at least one
 * @param rows    the table's rows, each with exactly one cell per column
 * @param note    a paragraph under the heading, in the PDF (what the figures mean, in words); may be empty
 * @param layout  how the PDF shows the rows ({@link Layout}); the CSV and the spreadsheet always hold the table
 * @param charts  pictures of the table's columns, drawn in the PDF above the table
 */
public record Section(String key, String heading, List<String> columns, List<List<Cell>> rows, String note, Layout layout,
                      List<Chart> charts) {

    /** What a section with no rows shows where its table would be. */
    public static final String NONE_YET = "None yet";

    /** How the PDF shows a section's rows. */
    public enum Layout {
        /** A ruled table. */
        TABLE,
        /** Headline figures: each row's value (column 1) large, its label (column 0) under it, three to a line. */
        FIGURES,
        /** Only the charts: the figures are in the CSV and the spreadsheet (a word cloud's sixty rows). */
        CHARTS_ONLY
    }

    public Section(String key, String heading, List<String> columns, List<List<Cell>> rows) {
        this(key, heading, columns, rows, "", Layout.TABLE, List.of());
    }

    public Section {
        if (heading == null || heading.isBlank()) {
            throw new IllegalArgumentException("A section needs a heading");
        }
        key = key == null || key.isBlank() ? heading : key;
        if (columns == null || columns.isEmpty()) {
            throw new IllegalArgumentException("Section \"" + heading + "\" needs at least one column");
        }
        columns = List.copyOf(columns);
        List<List<Cell>> copied = new ArrayList<>(rows == null ? 0 : rows.size());
        for (List<Cell> row : rows == null ? List.<List<Cell>>of() : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("Section \"" + heading + "\" has " + columns.size() + " columns but a row of "
                        + row.size() + " cells: " + row);
            }
            copied.add(List.copyOf(row));
        }
        rows = List.copyOf(copied);
        note = note == null ? "" : note;
        layout = layout == null ? Layout.TABLE : layout;
        charts = charts == null ? List.of() : List.copyOf(charts);
        for (Chart chart : charts) {
            if (chart.column() >= columns.size()) {
                throw new IllegalArgumentException("Section \"" + heading + "\" has no column " + chart.column() + " to chart");
            }
        }
        if (layout == Layout.FIGURES && columns.size() < 2) {
            throw new IllegalArgumentException("Section \"" + heading + "\" shows figures, which needs a label and a value column");
        }
    }

    public static Builder builder(String heading, List<String> columns) {
        return new Builder(heading, columns);
    }

    /** Collects a section's rows in order. */
    public static final class Builder {

        private final String heading;
        private final List<String> columns;
        private final List<List<Cell>> rows = new ArrayList<>();
        private String key;
        private String note = "";
        private Layout layout = Layout.TABLE;
        private final List<Chart> charts = new ArrayList<>();

        private Builder(String heading, List<String> columns) {
            this.heading = heading;
            this.columns = columns;
        }

        /** The name in the CSV's section column, when it should differ from the heading. */
        public Builder key(String key) {
            this.key = key;
            return this;
        }

        /** A paragraph under the heading in the PDF. */
        public Builder note(String note) {
            this.note = note;
            return this;
        }

        /** How the PDF shows the rows; a table unless set. */
        public Builder layout(Layout layout) {
            this.layout = layout;
            return this;
        }

        /** A chart of one column, drawn in the PDF above the table; several are drawn in order. */
        public Builder chart(Chart chart) {
            charts.add(chart);
            return this;
        }

        /** A row, one value per column: text, a number, or {@code null} for a blank cell (see {@link Cell#of}). */
        public Builder row(Object... cells) {
            return row(Arrays.asList(cells));
        }

        public Builder row(List<?> cells) {
            rows.add(cells.stream().map(Cell::of).toList());
            return this;
        }

        public Section build() {
            return new Section(key, heading, columns, rows, note, layout, charts);
        }
    }
}
