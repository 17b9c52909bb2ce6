package org.wayfinder.events.placement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.wayfinder.platform.spi.TenantOwned;

/**
 * A work experience placement a department offers: its places, its days (every weekday from the
 * first to the last), the member of staff who supervises it, and the last day students may apply.
 * Staff allocate its places once; from then on it takes no applications.
 */
@Entity
@Table(name = "events_placement")
public class Placement extends TenantOwned {

    @Column(nullable = false, length = 120)
    private String department;

    @Column(nullable = false, length = 120)
    private String title;

    @Column(length = 2000)
    private String description;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "applications_close_on", nullable = false)
    private LocalDate applicationsCloseOn;

    @Column(nullable = false)
    private int places;

    @Column(name = "supervisor_id", nullable = false, length = 36)
    private String supervisorId;

    @Column(name = "allocated_at")
    private Instant allocatedAt;

    protected Placement() {
    }

    public Placement(String department, String title, String description, LocalDate startsOn, LocalDate endsOn, LocalDate applicationsCloseOn,
              int places, String supervisorId) {
        this.department = department;
        this.title = title;
        this.description = description;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.applicationsCloseOn = applicationsCloseOn;
        this.places = places;
        this.supervisorId = supervisorId;
    }

    public String getDepartment() {
        return department;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    /** The last day students may apply. */
    public LocalDate getApplicationsCloseOn() {
        return applicationsCloseOn;
    }

    public int getPlaces() {
        return places;
    }

    public String getSupervisorId() {
        return supervisorId;
    }

    /** When staff allocated its places; null until then. */
    public Instant getAllocatedAt() {
        return allocatedAt;
    }

    public boolean isAllocated() {
        return allocatedAt != null;
    }

    /** Whether students may apply on {@code today}. */
    public boolean takesApplications(LocalDate today) {
        return allocatedAt == null && !today.isAfter(applicationsCloseOn);
    }

    void allocated(Instant at) {
        this.allocatedAt = at;
    }

    /** The placement's days: every weekday from its first day to its last. */
    public java.util.List<LocalDate> days() {
        return startsOn.datesUntil(endsOn.plusDays(1))
                .filter(day -> day.getDayOfWeek() != java.time.DayOfWeek.SATURDAY && day.getDayOfWeek() != java.time.DayOfWeek.SUNDAY)
                .toList();
    }
}
