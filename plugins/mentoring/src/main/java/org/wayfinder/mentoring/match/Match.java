package org.wayfinder.mentoring.match;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.wayfinder.platform.spi.TenantOwned;
import org.wayfinder.platform.spi.Cache;
import org.wayfinder.platform.spi.CacheScoped;

/**
 * A mentee and a mentor working together, from when the owner published the match until one of
 * them (or the owner) ends it. The score and its breakdown are kept as they were when the match was
 * made, so the owner can see later why it was proposed.
 */
@Entity
@Table(name = "mentoring_match")
public class Match extends TenantOwned implements CacheScoped {

    @Column(name = "mentee_id", nullable = false, length = 36)
    private String menteeId;

    @Column(name = "mentor_id", nullable = false, length = 36)
    private String mentorId;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "end_reason", length = 500)
    private String endReason;

    @Column(nullable = false)
    private int score;

    @Column(name = "score_breakdown", nullable = false, length = 500)
    private String scoreBreakdown;

    @Column(name = "made_by", nullable = false, length = 36)
    private String madeBy;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    protected Match() {
    }

    Match(String menteeId, String mentorId, int score, String scoreBreakdown, String madeBy, Instant startedAt) {
        this.menteeId = menteeId;
        this.mentorId = mentorId;
        this.score = score;
        this.scoreBreakdown = scoreBreakdown;
        this.madeBy = madeBy;
        this.startedAt = startedAt;
    }

    void end(String reason, Instant at) {
        endReason = reason;
        endedAt = at;
    }

    public String getMenteeId() {
        return menteeId;
    }

    public String getMentorId() {
        return mentorId;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public String getEndReason() {
        return endReason;
    }

    public boolean isActive() {
        return endedAt == null;
    }

    public int getScore() {
        return score;
    }

    /** How the score was made up, in words ("Career area 6, Support type 3, Availability 2"). */
    public String getScoreBreakdown() {
        return scoreBreakdown;
    }

    public String getMadeBy() {
        return madeBy;
    }

    /** When both people were last reminded that the match had gone quiet; null if never. */
    public Instant getRemindedAt() {
        return remindedAt;
    }

    /** Who is matched is part of the programme's activity, which staff's homes count. */
    @Override
    public List<String> cacheScopes(String tenantId) {
        return List.of(Cache.activity(tenantId));
    }
}
