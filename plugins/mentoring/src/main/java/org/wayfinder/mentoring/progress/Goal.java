package org.wayfinder.mentoring.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.wayfinder.platform.spi.TenantOwned;

/** Something a mentee wants to achieve with their mentor's help, and how far they have got. */
@Entity
@Table(name = "mentoring_goal")
public class Goal extends TenantOwned {

    /** How far along a goal is. */
    public enum Progress {
        NOT_STARTED("Not started"), UNDER_WAY("Under way"), DONE("Done");

        private final String label;

        Progress(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Column(name = "match_id", nullable = false, length = 36)
    private String matchId;

    @Column(nullable = false, length = 200)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Progress progress = Progress.NOT_STARTED;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Goal() {
    }

    Goal(String matchId, String description, Instant at) {
        this.matchId = matchId;
        this.description = description;
        this.updatedAt = at;
    }

    void moveTo(Progress progress, Instant at) {
        this.progress = progress;
        this.updatedAt = at;
    }

    public String getMatchId() {
        return matchId;
    }

    public String getDescription() {
        return description;
    }

    public Progress getProgress() {
        return progress;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
