package org.wayfinder.events.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.wayfinder.platform.spi.TenantOwned;

/**
 * Who came to one session of an event, for one booking: the places present (0 or 1 for a person's own
 * place, up to the class's places for a teacher's booking), who recorded it and how (staff's list, or
 * the person typing the session's code). One row per booking and session; recording again changes it.
 */
@Entity
@Table(name = "events_attendance")
public class EventAttendance extends TenantOwned {

    @Column(name = "session_id", nullable = false, length = 36, updatable = false)
    private String sessionId;

    @Column(name = "booking_id", nullable = false, length = 36, updatable = false)
    private String bookingId;

    @Column(nullable = false)
    private int present;

    @Column(name = "recorded_by", nullable = false, length = 36)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "by_code", nullable = false)
    private boolean byCode;

    protected EventAttendance() {
    }

    public EventAttendance(String sessionId, String bookingId, int present, String recordedBy, Instant recordedAt, boolean byCode) {
        this.sessionId = sessionId;
        this.bookingId = bookingId;
        record(present, recordedBy, recordedAt, byCode);
    }

    public String getSessionId() {
        return sessionId;
    }

    public String getBookingId() {
        return bookingId;
    }

    public int getPresent() {
        return present;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public boolean isByCode() {
        return byCode;
    }

    void record(int present, String by, Instant at, boolean byCode) {
        this.present = present;
        this.recordedBy = by;
        this.recordedAt = at;
        this.byCode = byCode;
    }
}
