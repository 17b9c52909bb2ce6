package org.wayfinder.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.wayfinder.platform.evidence.Encounters;
import org.wayfinder.platform.spi.evidence.Encounter;
import org.wayfinder.platform.spi.web.Downloads;
import org.wayfinder.platform.spi.web.PerRequest;

/**
 * {@code /admin/evidence.xhtml}: students' encounters with professionals, for the schools' careers
 * records, all schools or one, with the CSV a school imports (one row per student and encounter).
 */
@Named
@ViewScoped
public class EvidencePage implements Serializable {

    @Inject
    Encounters encounters;

    @Inject
    Downloads downloads;

    private String school;
    private final PerRequest read = new PerRequest();

    /** Every school's, read once per request; the page chooses among them. */
    private List<Encounters.Row> getAll() {
        return read.get("all", () -> encounters.of(null));
    }

    public List<String> getSchools() {
        return Encounters.schoolsIn(getAll());
    }

    public List<Encounters.Row> getRows() {
        return Encounters.ofSchool(getAll(), school);
    }

    public long getStudents() {
        return getRows().stream().map(row -> row.encounter().studentId()).distinct().count();
    }

    /** "12 encounters of 5 students", or that there are none yet. */
    public String getSummary() {
        int encountersShown = getRows().size();
        long students = getStudents();
        return encountersShown == 0 ? "No encounters recorded yet"
                : encountersShown + (encountersShown == 1 ? " encounter of " : " encounters of ") + students
                        + (students == 1 ? " student" : " students");
    }

    /** Shows the chosen school's encounters (the value is bound before this runs). */
    public void choose() {
        read.forget();
    }

    public void downloadCsv() {
        String name = school == null || school.isBlank() ? "all-schools"
                : school.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        downloads.sendCsv("encounters-" + (name.isEmpty() ? "school" : name) + "-" + LocalDate.now(ZoneId.of("Europe/London")) + ".csv",
                Encounter.CSV_COLUMNS, getRows().stream().map(Encounters.Row::csv).toList());
    }

    public String getSchool() {
        return school;
    }

    public void setSchool(String school) {
        this.school = school;
    }
}
