package org.wayfinder.events.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.wayfinder.platform.spi.TenantOwned;

/** What someone who came thought of an event: a score from 1 (not useful) to 5 (very useful) and a comment; once per booking. */
@Entity
@Table(name = "events_feedback")
public class EventFeedback extends TenantOwned {

    @Column(name = "event_id", nullable = false, length = 36, updatable = false)
    private String eventId;

    @Column(name = "booking_id", nullable = false, length = 36, updatable = false)
    private String bookingId;

    @Column(name = "account_id", nullable = false, length = 36, updatable = false)
    private String accountId;

    @Column(nullable = false, updatable = false)
    private int score;

    @Column(length = 1000)
    private String comment;

    protected EventFeedback() {
    }

    public EventFeedback(String eventId, String bookingId, String accountId, int score, String comment) {
        this.eventId = eventId;
        this.bookingId = bookingId;
        this.accountId = accountId;
        this.score = score;
        this.comment = comment;
    }

    public String getEventId() {
        return eventId;
    }

    public String getBookingId() {
        return bookingId;
    }

    public String getAccountId() {
        return accountId;
    }

    public int getScore() {
        return score;
    }

    public String getComment() {
        return comment;
    }
}
