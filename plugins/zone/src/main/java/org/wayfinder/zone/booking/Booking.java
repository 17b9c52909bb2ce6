package org.wayfinder.zone.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.wayfinder.platform.spi.TenantOwned;

/**
 * A class's booking of a Chat, and what came of it. A cancelled booking frees the place for another
 * class; the report counts Chats booked (slots ever booked), Chats that took place, cancellations
 * and no-shows (bookings).
 */
@Entity
@Table(name = "zone_booking")
public class Booking extends TenantOwned {

    /** Where a booking stands. */
    public enum Status {
        /** Booked; the Chat has not been marked yet. */
        BOOKED("Booked"),
        /** The teacher (or the owner for them) cancelled it. */
        CANCELLED("Cancelled"),
        /** The class came and the Chat happened. */
        TOOK_PLACE("Took place"),
        /** The class did not come and gave no notice. */
        NO_SHOW("Did not attend");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Column(name = "chat_id", nullable = false, length = 36)
    private String chatId;

    @Column(name = "school_id", nullable = false, length = 36)
    private String schoolId;

    @Column(name = "teacher_id", nullable = false, length = 36)
    private String teacherId;

    @Column(name = "class_name", nullable = false, length = 80)
    private String className;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Status status = Status.BOOKED;

    @Column(name = "booked_at", nullable = false)
    private Instant bookedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancel_reason", length = 500)
    private String cancelReason;

    @Column(name = "outcome_by", length = 36)
    private String outcomeBy;

    @Column(name = "outcome_at")
    private Instant outcomeAt;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "rebook_invited_at")
    private Instant rebookInvitedAt;

    protected Booking() {
    }

    public Booking(String chatId, String schoolId, String teacherId, String className, Instant bookedAt) {
        this.chatId = chatId;
        this.schoolId = schoolId;
        this.teacherId = teacherId;
        this.className = className;
        this.bookedAt = bookedAt;
    }

    void cancel(String by, Instant at, String reason) {
        status = Status.CANCELLED;
        cancelledAt = at;
        cancelReason = reason;
        outcomeBy = by;
        outcomeAt = at;
    }

    void record(Status outcome, String by, Instant at) {
        status = outcome;
        outcomeBy = by;
        outcomeAt = at;
    }

    /** Notes that the teacher has been invited to book again; false if they were already. */
    boolean inviteToRebook(Instant at) {
        if (rebookInvitedAt != null) {
            return false;
        }
        rebookInvitedAt = at;
        return true;
    }

    public boolean isStanding() {
        return status == Status.BOOKED || status == Status.TOOK_PLACE;
    }

    public String getChatId() {
        return chatId;
    }

    public String getSchoolId() {
        return schoolId;
    }

    public String getTeacherId() {
        return teacherId;
    }

    public String getClassName() {
        return className;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getBookedAt() {
        return bookedAt;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public Instant getOutcomeAt() {
        return outcomeAt;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }

    public Instant getRebookInvitedAt() {
        return rebookInvitedAt;
    }
}
