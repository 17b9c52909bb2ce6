package org.wayfinder.events.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.wayfinder.events.event.Feedback;
import org.wayfinder.events.report.EventsReport;
import org.wayfinder.events.report.EventsReport.Figures;
import org.wayfinder.events.report.EventsReport.Group;
import org.wayfinder.platform.spi.TenantContext;
import org.wayfinder.platform.spi.report.Cover;
import org.wayfinder.platform.spi.report.Report;
import org.wayfinder.platform.spi.report.ReportFormat;
import org.wayfinder.platform.spi.report.Section;
import org.wayfinder.platform.spi.web.Dates;
import org.wayfinder.platform.spi.web.Downloads;

/** The owner's events report: the figures on the page, and as CSV, XLSX and PDF from one document. */
@Named("eventsReportPage")
@ViewScoped
public class ReportPage implements Serializable {

    /** The breakdowns' columns, the same by kind of event and by school. */
    static final List<String> GROUP_COLUMNS = List.of("name", "priority school", "events", "places booked", "places attended", "no-shows",
            "attendance rate (%)", "feedback answers", "average score (1 to 5)");

    private static final List<String> FIGURE_COLUMNS = List.of("figure", "value", "out of");

    @Inject
    EventsReport report;

    @Inject
    Downloads downloads;

    @Inject
    TenantContext tenantContext;

    @Inject
    Dates dates;

    private Figures figures;

    /** Runs when the page opens: owners only (403 otherwise). */
    public void load() {
        figures = report.figures(Instant.now());
    }

    public Figures getFigures() {
        return figures;
    }

    public List<String> getScoreLabels() {
        return Feedback.SCORES;
    }

    /** "75%", or "-" when there is nothing to divide yet. */
    public String percent(Integer share) {
        return share == null ? "-" : share + "%";
    }

    public void downloadCsv() {
        download(ReportFormat.CSV);
    }

    public void downloadXlsx() {
        download(ReportFormat.XLSX);
    }

    public void downloadPdf() {
        download(ReportFormat.PDF);
    }

    /** The figures as of now (not as the page was opened), which also checks again that this is an owner. */
    private void download(ReportFormat format) {
        String programme = tenantContext.tenant().name();
        Report document = document(report.figures(Instant.now()), programme + " · generated " + dates.time(Instant.now()))
                .withCover(new Cover(programme, "Events held to " + dates.day(Instant.now()), null));
        downloads.send(document, format, "events-report");
    }

    /** The report as one document for every format, in the page's order; shares stay numbers, blank where nothing divides. */
    static Report document(Figures f, String subtitle) {
        Group all = f.whole();
        Section headline = Section.builder("Headline figures", FIGURE_COLUMNS).key("headline")
                .note("Over events held so far: published events with a session that has ended, and their sessions that have ended.")
                .row("events held", all.events(), null)
                .row("places booked", all.booked(), null)
                .row("places attended", all.attended(), all.booked())
                .row("no-shows", all.noShows(), all.booked())
                .row("attendance rate (%)", all.attendanceRate(), null)
                .row("places booked for priority schools", f.priorityBooked(), all.booked())
                .row("priority schools' share of places booked (%)", f.priorityShareBooked(), null)
                .row("priority schools' share of places attended (%)", f.priorityShareAttended(), null)
                .row("feedback answers", all.responses(), null)
                .row("average feedback score (1 to 5)", all.averageScore(), null).build();
        Section.Builder scores = Section.builder("Feedback scores", FIGURE_COLUMNS).key("feedback scores");
        for (int score = Feedback.SCORES.size(); score >= 1; score--) {
            scores.row(score + ": " + Feedback.SCORES.get(score - 1), f.scores().get(score - 1), all.responses());
        }
        return new Report("Events report", subtitle, List.of(headline, groups("By kind of event", "by kind of event", f.byType()),
                groups("By school", "by school", f.bySchool()), scores.build()));
    }

    private static Section groups(String heading, String key, List<Group> groups) {
        Section.Builder section = Section.builder(heading, GROUP_COLUMNS).key(key);
        groups.forEach(group -> section.row(group.name(), group.priority() ? "yes" : "", group.events(), group.booked(), group.attended(),
                group.noShows(), group.attendanceRate(), group.responses(), group.averageScore()));
        return section.build();
    }
}
