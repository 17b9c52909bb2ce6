package org.wayfinder.mentoring.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.wayfinder.platform.spi.TenantOwned;

/** A meeting of a match, as one of them logged it: when, how long, what about. */
@Entity
@Table(name = "mentoring_meeting")
public class MeetingLog extends TenantOwned {

    @Column(name = "match_id", nullable = false, length = 36)
    private String matchId;

    @Column(name = "met_on", nullable = false)
    private LocalDate metOn;

    @Column(nullable = false)
    private int minutes;

    @Column(nullable = false, length = 200)
    private String topic;

    @Column(name = "logged_by", nullable = false, length = 36)
    private String loggedBy;

    protected MeetingLog() {
    }

    MeetingLog(String matchId, LocalDate metOn, int minutes, String topic, String loggedBy) {
        this.matchId = matchId;
        this.metOn = metOn;
        this.minutes = minutes;
        this.topic = topic;
        this.loggedBy = loggedBy;
    }

    public String getMatchId() {
        return matchId;
    }

    public LocalDate getMetOn() {
        return metOn;
    }

    public int getMinutes() {
        return minutes;
    }

    public String getTopic() {
        return topic;
    }

    public String getLoggedBy() {
        return loggedBy;
    }
}
