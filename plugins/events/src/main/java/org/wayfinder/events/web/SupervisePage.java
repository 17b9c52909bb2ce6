package org.wayfinder.events.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.wayfinder.events.placement.Placement;
import org.wayfinder.events.placement.Placements;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.web.Dates;
import org.wayfinder.platform.spi.web.Messages;
import org.wayfinder.platform.spi.web.PerRequest;

/**
 * A placement supervisor's page, on a phone: the students given places on their placements, a button
 * per day so far (one tap marks the student here, another takes it back), and the short reference they
 * write once the placement has begun.
 */
@Named("placementSupervisePage")
@ViewScoped
public class SupervisePage implements Serializable {

    @Inject
    Placements placements;

    @Inject
    Messages messages;

    @Inject
    Dates dates;

    private final Map<String, String> references = new HashMap<>();
    private final PerRequest read = new PerRequest();

    /** Runs when the page opens: placement supervisors only. */
    public void load() {
        getSupervised().values().forEach(students -> students.forEach(student -> references.putIfAbsent(student.application().getId(),
                student.application().getReference())));
    }

    public Map<Placement, List<Placements.Applicant>> getSupervised() {
        return read.get("supervised", placements::supervised);
    }

    public List<Map.Entry<Placement, List<Placements.Applicant>>> getEntries() {
        return List.copyOf(getSupervised().entrySet());
    }

    /** The placement's days up to today, to record. */
    public List<LocalDate> daysSoFar(Placement placement) {
        LocalDate today = Placements.today(read.get("now", Instant::now));
        return placement.days().stream().filter(day -> !day.isAfter(today)).toList();
    }

    /** Whether the placement has begun, so a reference may be written. */
    public boolean begun(Placement placement) {
        return !placement.getStartsOn().isAfter(Placements.today(read.get("now", Instant::now)));
    }

    /** "Mon 7 Dec". */
    public String dayLabel(LocalDate day) {
        String date = dates.date(day);
        String weekday = day.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.UK);
        return weekday + " " + date.substring(0, date.lastIndexOf(' '));
    }

    public void toggle(String applicationId, LocalDate day, boolean present) {
        try {
            placements.recordDay(applicationId, day, !present, Instant.now());
            read.forget();
        } catch (InvalidInputException invalid) {
            messages.error(invalid.errors().get(0).message());
        }
    }

    public void saveReference(String applicationId) {
        try {
            placements.writeReference(applicationId, references.get(applicationId), Instant.now());
            read.forget();
            messages.info("Reference saved: the student can read it on their Events page.");
        } catch (InvalidInputException invalid) {
            messages.error(invalid.errors().get(0).message());
        }
    }

    public Map<String, String> getReferences() {
        return references;
    }
}
