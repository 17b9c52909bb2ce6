package org.wayfinder.zone.report;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.wayfinder.platform.spi.TenantContext;
import org.wayfinder.platform.spi.report.Chart;
import org.wayfinder.platform.spi.report.Cover;
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

    private static final List<String> FIGURE = List.of("Figure", "Value");

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

    /** The Zones still open (the current one first: newest opening first), for the chooser. */
    public List<ZoneChoice> getOpenZones() {
        return zones.stream().filter(choice -> !choice.closed()).toList();
    }

    public List<ZoneChoice> getClosedZones() {
        return zones.stream().filter(ZoneChoice::closed).toList();
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
        return figures.teamRows().stream().mapToLong(row -> switch (what) {
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
        String programme = tenantContext.tenant().name();
        Report document = document(now, programme + " · " + now.zone().name() + " · generated " + dates.time(Instant.now()))
                .withCover(new Cover(programme, dates.date(now.zone().opensOn()) + " to " + dates.date(now.zone().closesOn()), null));
        downloads.send(document, format, "zone-report");
    }

    /**
     * The report as one document for every format, in the seed report's order and words: the key
     * figures as headline numbers, who took part and what happened in sentences, the school and team
     * tables, bar charts of the teams' lines and answers and of the questions' categories, the word
     * cloud and the winner. Section keys are the CSV's section names.
     */
    static Report document(Figures f, String subtitle) {
        Section key = Section.builder("Key activity figures", FIGURE).key("key figures").layout(Section.Layout.FIGURES)
                .note(activity(f))
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
        Section who = Section.builder("Who took part", FIGURE).key("who took part").layout(Section.Layout.FIGURES).note(whoTookPart(f))
                .row("Active students from priority schools (%)", f.shareFromPriority())
                .row("Active students from under-served schools (%)", f.shareFromUnderServed())
                .row("Active students from widening participation schools (%)", f.shareFromWidening())
                .row("Careers encounters (students' places in Chats and answers to their questions)", f.encounters().encounters())
                .row("Students with a careers encounter", f.encounters().students()).build();
        Section.Builder schools = Section.builder("School activity", List.of("School", "Active users", "Chats attended", "Chat lines (total)",
                "Chat lines (per user)", "Follow up questions approved", "Votes")).key("school activity")
                .note("(U) marks an under-served school, (WP) a widening participation school.");
        for (SchoolRow row : f.schools()) {
            schools.row(row.label(), row.activeUsers(), row.chatsAttended(), row.lines(), row.linesPerUser(), row.questionsApproved(), row.votes());
        }
        Section.Builder teams = Section.builder("Professional activity by team", List.of("Team", "Active professionals",
                "Chats that took place", "Chat lines", "Answers", "Votes")).key("teams").note(professionalActivity(f))
                .chart(Chart.bars("Chat activity from healthcare professionals (lines of Chat)", 3))
                .chart(Chart.bars("Responses to follow up questions from healthcare professionals (answers)", 4));
        for (TeamRow row : f.teamRows()) {
            teams.row(row.name(), row.activeProfessionals(), row.chatsTookPlace(), row.lines(), row.answers(), row.votes());
        }
        TeamRow noTeam = f.noTeam();
        Section professionals = Section.builder("Professionals", FIGURE).key("professionals")
                .row("Lines of Chat written by professionals", f.professionalLines())
                .row("Answers", f.answers())
                .row("Active professionals in no team", noTeam == null ? 0 : noTeam.activeProfessionals())
                .row("Answers by professionals in no team", noTeam == null ? 0 : noTeam.answers())
                .row("Professionals per Chat (average)", f.professionalsPerChat())
                .row("Chats attended by the average professional who joined Chats", f.chatsPerJoiningProfessional())
                .row("Lines written by the average professional who joined Chats", f.linesPerJoiningProfessional())
                .row("Answers by the average professional who answered", f.answersPerAnsweringProfessional())
                .row("Comments by the average professional who answered", f.commentsPerAnsweringProfessional()).build();
        Section.Builder words = Section.builder("Words used in Chats", List.of("Word", "Uses")).key("words")
                .layout(Section.Layout.CHARTS_ONLY).chart(Chart.wordCloud(1))
                .note("What students and healthcare professionals talked about in Chats: the bigger the word, the more often it was used."
                        + " The spreadsheet and the CSV give each word's count.");
        f.words().forEach(word -> words.row(word.word(), word.uses()));
        Section.Builder categories = Section.builder("Questions by category", List.of("Category", "Approved questions", "Examples"))
                .key("categories").chart(Chart.bars("Approved follow up questions by category", 1));
        f.categories().forEach(row -> categories.row(row.name(), row.questions(), String.join(" | ", row.examples())));
        Section.Builder winners = Section.builder(f.winnersFinal() ? "Winning team" : "Leading team (not final)", List.of("Team", "Votes"))
                .key("winner").note(winner(f));
        for (Leader leader : f.winners()) {
            winners.row(leader.name(), leader.votes());
        }
        return new Report("Zone report: " + f.zone().name(), subtitle, List.of(key, who, schools.build(), teams.build(), professionals,
                words.build(), categories.build(), winners.build()));
    }

    private static String count(long n) {
        return String.format(java.util.Locale.UK, "%,d", n);
    }

    /** The seed's "Activity": Chats booked, held, cancelled and not attended. */
    private static String activity(Figures f) {
        List<String> funders = f.zone().funders();
        String funded = funders == null || funders.isEmpty() ? ""
                : "Funded by " + (funders.size() == 1 ? funders.get(0)
                : String.join(", ", funders.subList(0, funders.size() - 1)) + " and " + funders.get(funders.size() - 1)) + ". ";
        if (f.chatsBooked() == 0) {
            return funded + "No Chats have been booked yet.";
        }
        return funded + count(f.chatsBooked()) + (f.chatsBooked() == 1 ? " Chat was" : " Chats were") + " booked and "
                + count(f.chatsTookPlace()) + " took place. " + count(f.cancelled())
                + (f.cancelled() == 1 ? " booking was" : " bookings were") + " cancelled and in " + count(f.noShows())
                + (f.noShows() == 1 ? " case" : " cases") + " the school did not attend.";
    }

    /** The seed's "Who took part?" paragraph, with the priority shares when there are active students. */
    private static String whoTookPart(Figures f) {
        String people = count(f.studentsLoggedIn()) + " students from " + count(f.schoolsActive()) + (f.schoolsActive() == 1 ? " school" : " schools")
                + " connected with " + count(f.activeProfessionals()) + " healthcare professionals in " + count(f.teams())
                + (f.teams() == 1 ? " team." : " teams.");
        if (f.shareFromPriority() == null) {
            return people;
        }
        return people + " " + f.shareFromPriority() + "% of active students were from priority schools: " + f.shareFromUnderServed()
                + "% from under-served schools and " + f.shareFromWidening() + "% from widening participation schools.";
    }

    private static String professionalActivity(Figures f) {
        String text = "During the Zone the healthcare professionals wrote " + count(f.professionalLines()) + " lines of Chat and gave "
                + count(f.answers()) + " answers to " + count(f.questionsApproved()) + " follow up questions.";
        TeamRow noTeam = f.noTeam();
        if (noTeam != null) {
            text += " Active professionals in no team: " + noTeam.activeProfessionals() + " (answers: " + noTeam.answers()
                    + "); they are counted in the totals, not under a team.";
        }
        return text;
    }

    private static String winner(Figures f) {
        if (f.winners().isEmpty()) {
            return f.votes() == 0 ? "No votes have been cast yet." : "";
        }
        String names = String.join(" and ", f.winners().stream().map(Leader::name).toList());
        if (!f.winnersFinal()) {
            return "A total of " + count(f.votes()) + " votes have been cast so far; in the lead: " + names + ".";
        }
        String prize = f.zone().prize() == null || f.zone().prize().isBlank() ? "" : " As Zone winner, they receive " + f.zone().prize() + ".";
        return "A total of " + count(f.votes()) + " votes were cast by students. The winning team with the most votes was " + names + "." + prize;
    }
}
