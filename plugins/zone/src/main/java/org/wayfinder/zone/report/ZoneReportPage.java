package org.wayfinder.zone.report;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.wayfinder.platform.spi.TenantContext;
import org.wayfinder.platform.spi.report.Report;
import org.wayfinder.platform.spi.report.ReportFormat;
import org.wayfinder.platform.spi.report.Section;
import org.wayfinder.platform.spi.web.Dates;
import org.wayfinder.platform.spi.web.Downloads;
import org.wayfinder.zone.report.ZoneReport.CategoryRow;
import org.wayfinder.zone.report.ZoneReport.Figures;
import org.wayfinder.zone.report.ZoneReport.Leader;
import org.wayfinder.zone.report.ZoneReport.SchoolRow;
import org.wayfinder.zone.report.ZoneReport.TeamRow;
import org.wayfinder.zone.report.ZoneReport.WordCount;
import org.wayfinder.zone.report.ZoneReport.ZoneChoice;

/**
 * The owner's end-of-Zone report ({@code /zone/report.xhtml?zone=<id>}): a Zone to choose when there
 * are several, its figures in the seed report's sections with bar charts, and the same figures as
 * CSV, XLSX and PDF.
 */
@Named
@ViewScoped
public class ZoneReportPage implements Serializable {

    @Inject
    Downloads downloads;

    private static final List<String> FIGURE = List.of("figure", "value");

    @Inject
    ZoneReport report;

    @Inject
    TenantContext tenantContext;

    @Inject
    Dates dates;

    private String zoneId;
    private List<ZoneChoice> zones = List.of();
    private Figures figures;

    /** Runs when the page opens: owners only (403 otherwise); a Zone of another programme is not found (404). */
    public void load() {
        zones = report.zones();
        if ((zoneId == null || zoneId.isBlank()) && zones.size() == 1) {
            zoneId = zones.get(0).id();
        }
        if (zoneId != null && !zoneId.isBlank()) {
            figures = report.figures(zoneId);
        }
    }

    public String getZoneId() {
        return zoneId;
    }

    public void setZoneId(String zoneId) {
        this.zoneId = zoneId;
    }

    public List<ZoneChoice> getZones() {
        return zones;
    }

    public Figures getFigures() {
        return figures;
    }

    /** "89%", or "-" when there is nothing to divide. */
    public String percent(Long share) {
        return share == null ? "-" : share + "%";
    }

    /** A count as the seed report writes it: "4,706". */
    public String n(long count) {
        return String.format(java.util.Locale.UK, "%,d", count);
    }

    /** A figure that may be missing: "-" then. */
    public String value(Object figure) {
        return figure == null ? "-" : figure.toString();
    }

    /** A bar's width, as a share of the largest value of its chart (0 to 100). */
    public long bar(long value, long largest) {
        return largest <= 0 ? 0 : Math.round(100.0 * value / largest);
    }

    public long mostOfTeams(String what) {
        return figures.byTeam().stream().mapToLong(row -> switch (what) {
            case "active" -> row.activeProfessionals();
            case "lines" -> row.lines();
            case "answers" -> row.answers();
            default -> row.votes();
        }).max().orElse(0);
    }

    public long mostOfCategories() {
        return figures.categories().stream().mapToLong(CategoryRow::questions).max().orElse(0);
    }

    /** A word of the cloud's size step, 1 (least used shown) to 5 (most used). */
    public int wordSize(WordCount word) {
        List<WordCount> words = figures.words();
        long most = words.get(0).uses();
        long least = words.get(words.size() - 1).uses();
        return most == least ? 3 : (int) (1 + Math.round(4.0 * (word.uses() - least) / (most - least)));
    }

    /** The cloud in alphabetical order, so size (not position) shows use. */
    public List<WordCount> getCloud() {
        List<WordCount> words = new ArrayList<>(figures.words());
        words.sort(java.util.Comparator.comparing(WordCount::word));
        return words;
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

    /** The figures as of now, which also checks again that this is an owner and the Zone is this programme's. */
    private void download(ReportFormat format) {
        Figures now = report.figures(zoneId);
        Report document = document(now, tenantContext.tenant().name() + " · " + now.zone().name() + " · generated " + dates.time(Instant.now()));
        downloads.send(document, format, "zone-report");
    }

    /** The report as one document for every format, in the page's order; section keys are the CSV's section names. */
    static Report document(Figures f, String subtitle) {
        Section key = Section.builder("Key activity figures", FIGURE).key("key figures")
                .row("Students logged in", f.studentsLoggedIn())
                .row("Students active", f.activeStudents())
                .row("Students active (%)", f.shareActive())
                .row("Schools booked Chats", f.schoolsBooked())
                .row("Schools active", f.schoolsActive())
                .row("Professional teams", f.teams())
                .row("Professionals given access", f.professionals())
                .row("Professionals active", f.activeProfessionals())
                .row("Chats booked", f.chatsBooked())
                .row("Chats took place", f.chatsTookPlace())
                .row("Bookings cancelled", f.cancelled())
                .row("Bookings not attended", f.noShows())
                .row("Lines of Chat", f.lines())
                .row("Average lines per Chat", f.linesPerChat())
                .row("Follow up questions asked", f.questionsAsked())
                .row("Questions approved", f.questionsApproved())
                .row("Answers given to follow up questions", f.answers())
                .row("Professional comments", f.professionalComments())
                .row("Student comments", f.studentComments())
                .row("Votes", f.votes()).build();
        Section who = Section.builder("Who took part", FIGURE).key("who took part")
                .row("Active students from priority schools (%)", f.shareFromPriority())
                .row("Active students from under-served schools (%)", f.shareFromUnderServed())
                .row("Active students from widening participation schools (%)", f.shareFromWidening()).build();
        Section.Builder schools = Section.builder("School activity", List.of("school", "active users", "Chats attended", "Chat lines (total)",
                "Chat lines (per user)", "follow up questions approved", "votes")).key("school activity");
        for (SchoolRow row : f.schools()) {
            schools.row(row.label(), row.activeUsers(), row.chatsAttended(), row.lines(), row.linesPerUser(), row.questionsApproved(), row.votes());
        }
        Section.Builder teams = Section.builder("Professional activity by team", List.of("team", "active professionals",
                "Chats that took place", "Chat lines", "answers", "votes")).key("teams");
        for (TeamRow row : f.byTeam()) {
            teams.row(row.name(), row.activeProfessionals(), row.chatsTookPlace(), row.lines(), row.answers(), row.votes());
        }
        Section professionals = Section.builder("Professionals", FIGURE).key("professionals")
                .row("Lines of Chat written by professionals", f.professionalLines())
                .row("Answers", f.answers())
                .row("Professionals per Chat (average)", f.professionalsPerChat())
                .row("Chats attended by the average professional who joined Chats", f.chatsPerJoiningProfessional())
                .row("Lines written by the average professional who joined Chats", f.linesPerJoiningProfessional())
                .row("Answers by the average professional who answered", f.answersPerAnsweringProfessional())
                .row("Comments by the average professional who answered", f.commentsPerAnsweringProfessional()).build();
        Section.Builder words = Section.builder("Words used in Chats", List.of("word", "uses")).key("words");
        f.words().forEach(word -> words.row(word.word(), word.uses()));
        Section.Builder categories = Section.builder("Questions by category", List.of("category", "approved questions", "examples"))
                .key("categories");
        f.categories().forEach(row -> categories.row(row.name(), row.questions(), String.join(" | ", row.examples())));
        Section.Builder winners = Section.builder(f.winnersFinal() ? "Winning team" : "Leading team (not final)", List.of("team", "votes"))
                .key("winner");
        for (Leader leader : f.winners()) {
            winners.row(leader.name(), leader.votes());
        }
        return new Report("Zone report: " + f.zone().name(), subtitle, List.of(key, who, schools.build(), teams.build(), professionals,
                words.build(), categories.build(), winners.build()));
    }
}
