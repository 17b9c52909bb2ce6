package org.wayfinder.mentoring.match;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.wayfinder.platform.spi.TenantOwned;

/**
 * A mentee asking a mentor to take them on, in the "mentee requests, mentor accepts" matching mode.
 * A mentee has at most one request waiting at a time; the mentor accepts (which makes the match) or
 * declines with a reason the mentee is told. The score is kept as it was when the mentee asked.
 */
@Entity
@Table(name = "mentoring_match_request")
public class MatchRequest extends TenantOwned {

    /** Where a request stands. */
    public enum Status {
        /** Waiting for the mentor. */
        WAITING,
        /** The mentor said yes: the match was made. */
        ACCEPTED,
        /** The mentor said no, with a reason. */
        DECLINED,
        /** The mentee took it back. */
        WITHDRAWN,
        /** The mentee was matched another way (by the owner) while it waited. */
        LAPSED
    }

    @Column(name = "mentee_id", nullable = false, length = 36)
    private String menteeId;

    @Column(name = "mentor_id", nullable = false, length = 36)
    private String mentorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Status status;

    @Column(nullable = false)
    private int score;

    @Column(name = "score_breakdown", nullable = false, length = 500)
    private String scoreBreakdown;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decline_reason", length = 500)
    private String declineReason;

    protected MatchRequest() {
    }

    MatchRequest(String menteeId, String mentorId, int score, String scoreBreakdown, Instant requestedAt) {
        this.menteeId = menteeId;
        this.mentorId = mentorId;
        this.score = score;
        this.scoreBreakdown = scoreBreakdown;
        this.requestedAt = requestedAt;
        this.status = Status.WAITING;
    }

    void decide(Status outcome, String reason, Instant at) {
        status = outcome;
        declineReason = reason;
        decidedAt = at;
    }

    public String getMenteeId() {
        return menteeId;
    }

    public String getMentorId() {
        return mentorId;
    }

    public Status getStatus() {
        return status;
    }

    public boolean isWaiting() {
        return status == Status.WAITING;
    }

    public int getScore() {
        return score;
    }

    public String getScoreBreakdown() {
        return scoreBreakdown;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDeclineReason() {
        return declineReason;
    }
}
