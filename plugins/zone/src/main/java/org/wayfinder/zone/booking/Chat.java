package org.wayfinder.zone.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.wayfinder.platform.spi.TenantOwned;

/**
 * A Chat slot the owner publishes: when, for how long, with which team, and how many classes can
 * book it (usually one). Teachers book it; the live Chat happens at that time for the classes whose
 * booking stands, the team's professionals and the moderators.
 */
@Entity
@Table(name = "zone_chat")
public class Chat extends TenantOwned {

    @Column(name = "zone_id", nullable = false, length = 36)
    private String zoneId;

    @Column(name = "team_id", nullable = false, length = 36)
    private String teamId;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(nullable = false)
    private int minutes;

    @Column(nullable = false)
    private int classes;

    /** Taken off the timetable by the owner before anyone booked it. */
    @Column(nullable = false)
    private boolean withdrawn;

    /** When the Chat's words were last counted for the word cloud. */
    @Column(name = "words_counted_at")
    private Instant wordsCountedAt;

    protected Chat() {
    }

    public Chat(String zoneId, String teamId, Instant startsAt, int minutes, int classes) {
        this.zoneId = zoneId;
        this.teamId = teamId;
        this.startsAt = startsAt;
        this.minutes = minutes;
        this.classes = classes;
    }

    void withdraw() {
        withdrawn = true;
    }

    public Instant getEndsAt() {
        return startsAt.plusSeconds(60L * minutes);
    }

    /** Whether the Chat is on at this moment (its room opens 10 minutes early for everyone to settle in). */
    public boolean isLive(Instant now) {
        return !now.isBefore(startsAt.minusSeconds(600)) && now.isBefore(getEndsAt());
    }

    public String getZoneId() {
        return zoneId;
    }

    public String getTeamId() {
        return teamId;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public int getMinutes() {
        return minutes;
    }

    public int getClasses() {
        return classes;
    }

    public boolean isWithdrawn() {
        return withdrawn;
    }

    public Instant getWordsCountedAt() {
        return wordsCountedAt;
    }
}
