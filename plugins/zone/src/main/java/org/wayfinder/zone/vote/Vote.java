package org.wayfinder.zone.vote;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.wayfinder.platform.spi.TenantOwned;

/** A student's one vote in a Zone, for the team that helped them most. The database holds one per student per Zone. */
@Entity
@Table(name = "zone_vote")
public class Vote extends TenantOwned {

    @Column(name = "zone_id", nullable = false, length = 36)
    private String zoneId;

    @Column(name = "student_id", nullable = false, length = 36)
    private String studentId;

    @Column(name = "school_id", nullable = false, length = 36)
    private String schoolId;

    @Column(name = "team_id", nullable = false, length = 36)
    private String teamId;

    @Column(name = "cast_at", nullable = false)
    private Instant castAt;

    protected Vote() {
    }

    public Vote(String zoneId, String studentId, String schoolId, String teamId, Instant castAt) {
        this.zoneId = zoneId;
        this.studentId = studentId;
        this.schoolId = schoolId;
        this.teamId = teamId;
        this.castAt = castAt;
    }

    public String getZoneId() {
        return zoneId;
    }

    public String getStudentId() {
        return studentId;
    }

    public String getSchoolId() {
        return schoolId;
    }

    public String getTeamId() {
        return teamId;
    }

    public Instant getCastAt() {
        return castAt;
    }
}
