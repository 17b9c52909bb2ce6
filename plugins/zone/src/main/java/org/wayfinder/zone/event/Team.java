package org.wayfinder.zone.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.wayfinder.platform.spi.TenantOwned;

/** A team of professionals in one Zone: the Chats are theirs, and students vote for a team. */
@Entity
@Table(name = "zone_team")
public class Team extends TenantOwned {

    @Column(name = "zone_id", nullable = false, length = 36)
    private String zoneId;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(length = 1000)
    private String description;

    @Column(nullable = false)
    private int position;

    protected Team() {
    }

    public Team(String zoneId, String name, String description, int position) {
        this.zoneId = zoneId;
        this.name = name;
        this.description = description;
        this.position = position;
    }

    void rename(String name, String description) {
        this.name = name;
        this.description = description;
    }

    public String getZoneId() {
        return zoneId;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public int getPosition() {
        return position;
    }
}
