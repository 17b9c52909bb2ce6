package org.wayfinder.platform.spi.report;

import java.util.List;

/**
 * A report as a document, once, for every format it is exported in: a title, a line under it
 * (whose programme, and when it was worked out), and sections, each a heading and a table.
 * A plugin builds one from its figures and hands it to a {@link ReportFormat}; the CSV, the
 * spreadsheet and the PDF then hold the same figures, in the same order, because they are written
 * from the same object.
 *
 * <pre>{@code
 * Report report = new Report("Mentoring report", "Mentoring Lab · generated 22 Nov 2026, 14:05 UTC",
 *         List.of(headline, bySchool));
 * Downloads.send(ReportFormat.PDF.fileName("mentoring-report"), ReportFormat.PDF.contentType(),
 *         ReportFormat.PDF.write(report));
 * }</pre>
 *
 * @param title    the report's name, at the top of the PDF and of each sheet
 * @param subtitle one line under the title; may be empty
 * @param sections at least one, in the order they are shown
 * @param cover    the PDF's first page ({@link Cover}); null for a report that starts with its title
 */
public record Report(String title, String subtitle, List<Section> sections, Cover cover) {

    public Report(String title, String subtitle, List<Section> sections) {
        this(title, subtitle, sections, null);
    }

    public Report {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("A report needs a title");
        }
        subtitle = subtitle == null ? "" : subtitle;
        if (sections == null || sections.isEmpty()) {
            throw new IllegalArgumentException("Report \"" + title + "\" needs at least one section");
        }
        sections = List.copyOf(sections);
    }

    /** This report with a cover page in its PDF. */
    public Report withCover(Cover cover) {
        return new Report(title, subtitle, sections, cover);
    }
}
