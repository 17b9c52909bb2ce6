package org.wayfinder.zone.school;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.wayfinder.platform.spi.TenantOwned;

/**
 * A school in the programme's register. Under-served (U) and widening participation (WP) are the
 * programme's priority flags; a school may be both. Reports show them as "(U)", "(WP)", "(WP/U)".
 */
@Entity
@Table(name = "zone_school")
public class School extends TenantOwned {

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 80)
    private String county;

    @Column(name = "under_served", nullable = false)
    private boolean underServed;

    @Column(name = "widening_participation", nullable = false)
    private boolean wideningParticipation;

    protected School() {
    }

    public School(String name, String county, boolean underServed, boolean wideningParticipation) {
        update(name, county, underServed, wideningParticipation);
    }

    void update(String name, String county, boolean underServed, boolean wideningParticipation) {
        this.name = name;
        this.county = county;
        this.underServed = underServed;
        this.wideningParticipation = wideningParticipation;
    }

    /** "(WP/U)", "(U)", "(WP)" or "" as the seed report writes them. */
    public static String flags(boolean underServed, boolean wideningParticipation) {
        if (underServed && wideningParticipation) {
            return "(WP/U)";
        }
        return underServed ? "(U)" : wideningParticipation ? "(WP)" : "";
    }

    public String getFlags() {
        return flags(underServed, wideningParticipation);
    }

    /** "The Becket School, Nottinghamshire". */
    public String getFullName() {
        return name + ", " + county;
    }

    public String getName() {
        return name;
    }

    public String getCounty() {
        return county;
    }

    public boolean isUnderServed() {
        return underServed;
    }

    public boolean isWideningParticipation() {
        return wideningParticipation;
    }
}
