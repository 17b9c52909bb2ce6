package org.wayfinder.mentoring.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.wayfinder.mentoring.report.MentoringReport;
import org.wayfinder.mentoring.report.MentoringReport.Figures;
import org.wayfinder.platform.spi.Csv;
import org.wayfinder.platform.spi.web.Downloads;

/** The owner's mentoring report: the figures on the page, with bars, and as a CSV file. */
@Named
@ViewScoped
public class ReportPage implements Serializable {

    @Inject
    MentoringReport report;

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
        Figures f = report.figures();
        List<String> lines = new ArrayList<>();
        lines.add(Csv.row(List.of("section", "figure", "value", "out of")));
        lines.add(Csv.row(List.of("headline", "registered mentees", Integer.toString(f.registeredMentees()), "")));
        lines.add(Csv.row(List.of("headline", "mentees matched", Integer.toString(f.matchedMentees()), Integer.toString(f.registeredMentees()))));
        lines.add(Csv.row(List.of("headline", "share of mentees matched (%)", text(f.shareMatched()), "")));
        lines.add(Csv.row(List.of("headline", "median days to a match", text(f.medianDaysToMatch()), "")));
        lines.add(Csv.row(List.of("matches", "going on", Integer.toString(f.activeMatches()), "")));
        lines.add(Csv.row(List.of("matches", "ended", Integer.toString(f.endedMatches()), "")));
        lines.add(Csv.row(List.of("matches", "messages per match", text(f.messagesPerMatch()), "")));
        lines.add(Csv.row(List.of("exit survey", "mentors who would recommend", Integer.toString(f.mentorsWhoRecommend()),
                Integer.toString(f.mentorsAnswered()))));
        lines.add(Csv.row(List.of("exit survey", "mentees who would recommend", Integer.toString(f.menteesWhoRecommend()),
                Integer.toString(f.menteesAnswered()))));
        f.supportTypes().forEach(s -> lines.add(Csv.row(List.of("support types covered", s.label(), Integer.toString(s.covered()),
                Integer.toString(s.asked())))));
        f.bySchool().forEach(g -> lines.add(Csv.row(List.of("mentees matched by school", g.name(), Integer.toString(g.matched()),
                Integer.toString(g.registered())))));
        f.byBorough().forEach(g -> lines.add(Csv.row(List.of("mentees matched by borough", g.name(), Integer.toString(g.matched()),
                Integer.toString(g.registered())))));
        Downloads.send("mentoring-report.csv", "text/csv; charset=UTF-8", String.join("\r\n", lines) + "\r\n");
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
