package org.wayfinder.zone.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.wayfinder.platform.spi.TenantOwned;

/**
 * A professional given access to a Zone, in one of its teams or (until the owner places them) in
 * none. The report counts these as "professionals given access".
 */
@Entity
@Table(name = "zone_professional")
public class Professional extends TenantOwned {

    @Column(name = "zone_id", nullable = false, length = 36)
    private String zoneId;

    @Column(name = "account_id", nullable = false, length = 36)
    private String accountId;

    @Column(name = "team_id", length = 36)
    private String teamId;

    protected Professional() {
    }

    public Professional(String zoneId, String accountId, String teamId) {
        this.zoneId = zoneId;
        this.accountId = accountId;
        this.teamId = teamId;
    }

    void placeIn(String teamId) {
        this.teamId = teamId;
    }

    public String getZoneId() {
        return zoneId;
    }

    public String getAccountId() {
        return accountId;
    }

    public String getTeamId() {
        return teamId;
    }
}
