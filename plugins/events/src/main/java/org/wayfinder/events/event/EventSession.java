package org.wayfinder.events.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.wayfinder.platform.spi.TenantOwned;

/** One sitting of an {@link Event}: a day of a work experience week, the evening of a parent session. */
@Entity
@Table(name = "events_session")
public class EventSession extends TenantOwned {

    @Column(name = "event_id", nullable = false, length = 36, updatable = false)
    private String eventId;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    /** The check-in code staff show at the session ({@code Attendance.showCode}); null until they do. */
    @Column(length = 8)
    private String code;

    /** Until when the code checks people in. */
    @Column(name = "code_until")
    private Instant codeUntil;

    protected EventSession() {
    }

    public EventSession(String eventId, Instant startsAt, Instant endsAt) {
        this.eventId = eventId;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }

    public String getEventId() {
        return eventId;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getCode() {
        return code;
    }

    public Instant getCodeUntil() {
        return codeUntil;
    }

    /** Whether the session has started by {@code now}. */
    public boolean started(Instant now) {
        return !startsAt.isAfter(now);
    }

    /** Whether the session has ended by {@code now}. */
    public boolean ended(Instant now) {
        return !endsAt.isAfter(now);
    }

    /** Its length in whole minutes. */
    public int minutes() {
        return (int) java.time.Duration.between(startsAt, endsAt).toMinutes();
    }

    void showCode(String code, Instant until) {
        this.code = code;
        this.codeUntil = until;
    }
}
