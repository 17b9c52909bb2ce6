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
}
