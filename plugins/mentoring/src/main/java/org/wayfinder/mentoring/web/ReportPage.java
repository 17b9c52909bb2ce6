package org.wayfinder.mentoring.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.wayfinder.mentoring.report.MentoringReport;
import org.wayfinder.mentoring.report.MentoringReport.Figures;
import org.wayfinder.platform.spi.TenantContext;
import org.wayfinder.platform.spi.report.Cover;
import org.wayfinder.platform.spi.report.Report;
import org.wayfinder.platform.spi.report.ReportFormat;
import org.wayfinder.platform.spi.report.Section;
import org.wayfinder.platform.spi.web.Dates;
import org.wayfinder.platform.spi.web.Downloads;

/** The owner's mentoring report: the figures on the page, with bars, and as CSV, XLSX and PDF files. */
@Named
@ViewScoped
public class ReportPage implements Serializable {

    @Inject
    Downloads downloads;

    /** Every section's columns: one CSV table, {@code section,figure,value,out of}, as integrations read it. */
    private static final List<String> COLUMNS = List.of("figure", "value", "out of");

    @Inject
    MentoringReport report;

    @Inject
    TenantContext tenantContext;

    @Inject
    Dates dates;

    private Figures figures;

    /** Runs when the page opens: owners only (403 otherwise). */
    public void load() {
        figures = report.figures();
    }

    public Figures getFigures() {
        return figures;
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
        Report document = document(report.figures(), programme + " · generated " + dates.time(Instant.now()))
                .withCover(new Cover(programme, "From the start of the programme to " + dates.day(Instant.now()), null));
        downloads.send(document, format, "mentoring-report");
    }

    /**
     * The report as one document for every format, with the page's figures in the page's order.
     * Section keys are the CSV's section names ("headline", "exit survey"...), which integrations
     * already read; shares and "out of" stay numbers, blank where there is nothing to divide.
     */
    static Report document(Figures f, String subtitle) {
        Section headline = Section.builder("Headline figures", COLUMNS).key("headline")
                .row("registered mentees", f.registeredMentees(), null)
                .row("mentees matched", f.matchedMentees(), f.registeredMentees())
                .row("share of mentees matched (%)", f.shareMatched(), null)
                .row("median days to a match", f.medianDaysToMatch(), null).build();
        Section matches = Section.builder("Matches", COLUMNS).key("matches")
                .row("going on", f.activeMatches(), null)
                .row("ended", f.endedMatches(), null)
                .row("messages per match", f.messagesPerMatch(), null)
                .row("meetings logged (careers encounters)", f.meetings(), null)
                .row("mentees with a meeting logged", f.menteesWhoMet(), f.matchedMentees()).build();
        Section survey = Section.builder("Exit survey", COLUMNS).key("exit survey")
                .row("mentors who would recommend", f.mentorsWhoRecommend(), f.mentorsAnswered())
                .row("mentees who would recommend", f.menteesWhoRecommend(), f.menteesAnswered()).build();
        Section.Builder support = Section.builder("Support types covered", COLUMNS).key("support types covered");
        f.supportTypes().forEach(type -> support.row(type.label(), type.covered(), type.asked()));
        Section.Builder bySchool = Section.builder("Mentees matched by school", COLUMNS).key("mentees matched by school");
        f.bySchool().forEach(group -> bySchool.row(group.name(), group.matched(), group.registered()));
        Section.Builder byBorough = Section.builder("Mentees matched by borough", COLUMNS).key("mentees matched by borough");
        f.byBorough().forEach(group -> byBorough.row(group.name(), group.matched(), group.registered()));
        return new Report("Mentoring report", subtitle, List.of(headline, matches, survey, support.build(), bySchool.build(), byBorough.build()));
    }
}
