package org.wayfinder.zone.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.wayfinder.platform.spi.TenantOwned;

/**
 * One Zone: an event open between two dates, funded by one or more organisations, in which schools
 * book live Chats with teams of professionals and students vote for a team. When it closes the
 * winning team (or teams, on a tie) is fixed and kept.
 */
@Entity
@Table(name = "zone_zone")
public class Zone extends TenantOwned {

    @Column(nullable = false, length = 120)
    private String name;

    @Column(length = 1000)
    private String summary;

    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;

    /** One funder per line. */
    @Column(length = 2000)
    private String funders;

    @Column(length = 300)
    private String prize;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** The winning teams' ids, comma separated; more than one on a tie. */
    @Column(length = 400)
    private String winners;

    protected Zone() {
    }

    public Zone(String name, LocalDate opensOn, LocalDate closesOn) {
        this.name = name;
        this.opensOn = opensOn;
        this.closesOn = closesOn;
    }

    void describe(String name, String summary, LocalDate opensOn, LocalDate closesOn, List<String> funders, String prize) {
        this.name = name;
        this.summary = summary;
        this.opensOn = opensOn;
        this.closesOn = closesOn;
        this.funders = funders.isEmpty() ? null : String.join("\n", funders);
        this.prize = prize;
    }

    void close(Instant at, List<String> winningTeamIds) {
        closedAt = at;
        winners = winningTeamIds.isEmpty() ? null : String.join(",", winningTeamIds);
    }

    /** Whether students can take part on this day: between the dates and not closed. */
    public boolean isOpenOn(LocalDate day) {
        return closedAt == null && !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }

    public boolean isClosed() {
        return closedAt != null;
    }

    public String getName() {
        return name;
    }

    public String getSummary() {
        return summary;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public List<String> getFunders() {
        return funders == null ? List.of() : Arrays.stream(funders.split("\n")).filter(line -> !line.isBlank()).toList();
    }

    public String getPrize() {
        return prize;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public List<String> getWinnerIds() {
        return winners == null ? List.of() : List.of(winners.split(","));
    }
}
