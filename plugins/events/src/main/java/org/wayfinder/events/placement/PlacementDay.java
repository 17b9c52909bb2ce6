package org.wayfinder.events.placement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.wayfinder.platform.spi.TenantOwned;

/** Whether a student on a placement came on one of its days, as the supervisor (or staff) recorded it. One row per place and day. */
@Entity
@Table(name = "events_placement_day")
public class PlacementDay extends TenantOwned {

    @Column(name = "application_id", nullable = false, length = 36, updatable = false)
    private String applicationId;

    @Column(name = "on_day", nullable = false, updatable = false)
    private LocalDate day;

    @Column(nullable = false)
    private boolean present;

    @Column(name = "recorded_by", nullable = false, length = 36)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected PlacementDay() {
    }

    public PlacementDay(String applicationId, LocalDate day, boolean present, String recordedBy, Instant recordedAt) {
        this.applicationId = applicationId;
        this.day = day;
        record(present, recordedBy, recordedAt);
    }

    public String getApplicationId() {
        return applicationId;
    }

    public LocalDate getDay() {
        return day;
    }

    public boolean isPresent() {
        return present;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    void record(boolean present, String by, Instant at) {
        this.present = present;
        this.recordedBy = by;
        this.recordedAt = at;
    }
}
