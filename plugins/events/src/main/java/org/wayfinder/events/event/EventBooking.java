package org.wayfinder.events.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.wayfinder.platform.spi.TenantOwned;

/**
 * A person's booking of an event, or a teacher's for a class: how many places it takes, and where it
 * stands. A booking that did not fit waits in order of when it was asked for; an application waits
 * for staff. Nothing is deleted: a cancelled or declined booking stays, for the record and the report.
 */
@Entity
@Table(name = "events_booking")
public class EventBooking extends TenantOwned {

    /** Where a booking stands. */
    public enum Status {
        /** Has its places. */
        BOOKED("Booked"),
        /** On the waiting list: moves up by itself, in order, when places free. */
        WAITING("On the waiting list"),
        /** Applied; staff accept or decline. */
        APPLIED("Applied"),
        /** Staff declined the application, with a reason. */
        DECLINED("Declined"),
        /** Cancelled by the person (or staff for them); its places went to the waiting list. */
        CANCELLED("Cancelled");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** Whether a booking in this status still counts as the person's (they cannot book again). */
        public boolean standing() {
            return this == BOOKED || this == WAITING || this == APPLIED;
        }
    }

    @Column(name = "event_id", nullable = false, length = 36, updatable = false)
    private String eventId;

    @Column(name = "account_id", nullable = false, length = 36, updatable = false)
    private String accountId;

    /** The role the person booked as (a student role, a teacher role, parent). */
    @Column(name = "booked_as", nullable = false, length = 40, updatable = false)
    private String bookedAs;

    /** For a teacher's booking, the class ("10B"); null for a person's own. */
    @Column(name = "class_name", length = 80, updatable = false)
    private String className;

    @Column(nullable = false, updatable = false)
    private int places;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Status status;

    /** When it was asked for. */
    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    /**
     * Its place in the order the event's bookings were asked for (1, 2, 3...), given under the
     * event's lock: the waiting list's order. Not the time, which MySQL and MariaDB keep here to the
     * second, so two people in the same second would be ordered by chance.
     */
    @Column(nullable = false, updatable = false)
    private int position;

    @Column(name = "booked_at")
    private Instant bookedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "decided_by", length = 36)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(length = 500)
    private String reason;

    /** When the person was reminded of the event, once ({@code EventBookings.remind}). */
    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "send_key", nullable = false, length = 40, updatable = false)
    private String sendKey;

    /** The school the booking is for, as the person gave it (optional): what the report groups places by. */
    @Column(length = 120)
    private String school;

    /** When the person was asked for feedback after the event, once ({@code Feedback.ask}). */
    @Column(name = "feedback_asked_at")
    private Instant feedbackAskedAt;

    protected EventBooking() {
    }

    public EventBooking(String eventId, int position, String accountId, String bookedAs, String className, int places, Status status,
                        Instant requestedAt, String sendKey) {
        this.position = position;
        this.eventId = eventId;
        this.accountId = accountId;
        this.bookedAs = bookedAs;
        this.className = className;
        this.places = places;
        this.status = status;
        this.requestedAt = requestedAt;
        this.bookedAt = status == Status.BOOKED ? requestedAt : null;
        this.sendKey = sendKey;
    }

    public String getEventId() {
        return eventId;
    }

    public String getAccountId() {
        return accountId;
    }

    public String getBookedAs() {
        return bookedAs;
    }

    public String getClassName() {
        return className;
    }

    public int getPlaces() {
        return places;
    }

    public Status getStatus() {
        return status;
    }

    public int getPosition() {
        return position;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getBookedAt() {
        return bookedAt;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }

    public String getReason() {
        return reason;
    }

    public String getSendKey() {
        return sendKey;
    }

    public String getSchool() {
        return school;
    }

    void setSchool(String school) {
        this.school = school;
    }

    public Instant getFeedbackAskedAt() {
        return feedbackAskedAt;
    }

    /** Whether this is a teacher's booking for a class rather than a person's own place. */
    public boolean isForClass() {
        return className != null;
    }

    void book(Instant at) {
        status = Status.BOOKED;
        bookedAt = at;
    }

    void cancel(Instant at) {
        status = Status.CANCELLED;
        cancelledAt = at;
    }

    void decide(Status outcome, String by, Instant at, String why) {
        status = outcome;
        decidedBy = by;
        decidedAt = at;
        reason = why;
        if (outcome == Status.BOOKED) {
            bookedAt = at;
        }
    }
}
