package org.wayfinder.events.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.wayfinder.events.placement.Placement;
import org.wayfinder.events.placement.Placements;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.People.Person;
import org.wayfinder.platform.spi.web.Messages;
import org.wayfinder.platform.spi.web.PerRequest;

/**
 * Staff: work experience placements. Add one a department offers (its supervisor chosen among the
 * people with the placement supervisor role, their vetting shown), see who applied for each, and give
 * the places of every placement whose applications have closed, at once, after a confirmation.
 */
@Named("eventPlacementsPage")
@ViewScoped
public class PlacementsPage implements Serializable {

    @Inject
    Placements placements;

    @Inject
    Messages messages;

    private String placementId;
    private String department;
    private String title;
    private String description;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private LocalDate applicationsCloseOn;
    private String places;
    private String supervisorId;
    private Placements.Allocation allocation;
    private final PerRequest read = new PerRequest();

    /** Runs when the page opens: moderators and owners; a placement of another programme is 404. */
    public void load() {
        getOffered();
        if (placementId != null && !placementId.isBlank()) {
            getChosen();
        }
    }

    public List<Placements.Offered> getOffered() {
        return getOverview().offered();
    }

    private Placements.Overview getOverview() {
        return read.get("overview", () -> placements.overview(Instant.now()));
    }

    /** The placement whose applicants are shown, if one is chosen. */
    public Placement getChosen() {
        if (placementId == null || placementId.isBlank()) {
            return null;
        }
        return read.get("chosen", () -> placements.get(placementId));
    }

    public List<Placements.Applicant> getApplicants() {
        return getChosen() == null ? List.of() : read.get("applicants", () -> placements.applicants(placementId));
    }

    public List<Person> getSupervisors() {
        return getOverview().supervisors();
    }

    public void offer() {
        try {
            Placement placement = placements.offer(new Placements.Draft(department, title, description, startsOn, endsOn, applicationsCloseOn,
                    places, supervisorId), Instant.now());
            department = title = description = places = supervisorId = null;
            startsOn = endsOn = applicationsCloseOn = null;
            read.forget();
            messages.info("Added " + placement.getTitle() + ": students can apply for it now.");
        } catch (InvalidInputException invalid) {
            messages.show(invalid, "offer");
        }
    }

    public void remove(String id) {
        try {
            placements.remove(id);
            read.forget();
            messages.info("Placement removed.");
        } catch (InvalidInputException invalid) {
            messages.error(invalid.errors().get(0).message());
        }
    }

    public void allocate() {
        try {
            allocation = placements.allocate(Instant.now());
            read.forget();
            messages.info("Places given: " + allocation.allocated() + " of " + allocation.applicants() + " applicants have a place on "
                    + allocation.placements() + (allocation.placements() == 1 ? " placement" : " placements") + ". Every applicant is emailed.");
        } catch (InvalidInputException invalid) {
            messages.error(invalid.errors().get(0).message());
        }
    }

    /** How many placements are waiting for their places, to say so beside the button. */
    public long getReadyToAllocate() {
        LocalDate today = Placements.today(Instant.now());
        return getOffered().stream().filter(o -> !o.placement().isAllocated() && o.placement().getApplicationsCloseOn().isBefore(today)).count();
    }

    public Placements.Allocation getAllocation() {
        return allocation;
    }

    public String getPlacementId() {
        return placementId;
    }

    public void setPlacementId(String placementId) {
        this.placementId = placementId;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public LocalDate getApplicationsCloseOn() {
        return applicationsCloseOn;
    }

    public void setApplicationsCloseOn(LocalDate applicationsCloseOn) {
        this.applicationsCloseOn = applicationsCloseOn;
    }

    public String getPlaces() {
        return places;
    }

    public void setPlaces(String places) {
        this.places = places;
    }

    public String getSupervisorId() {
        return supervisorId;
    }

    public void setSupervisorId(String supervisorId) {
        this.supervisorId = supervisorId;
    }
}
