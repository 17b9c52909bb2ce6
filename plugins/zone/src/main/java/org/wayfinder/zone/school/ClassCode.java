package org.wayfinder.zone.school;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.wayfinder.platform.spi.TenantOwned;

/**
 * A code a teacher gives their class: with it, students join one Zone as members of the teacher's
 * school without giving an email address. It stops working when it expires or the teacher retires it.
 */
@Entity
@Table(name = "zone_class_code")
public class ClassCode extends TenantOwned {

    @Column(name = "zone_id", nullable = false, length = 36)
    private String zoneId;

    @Column(name = "school_id", nullable = false, length = 36)
    private String schoolId;

    @Column(name = "teacher_id", nullable = false, length = 36)
    private String teacherId;

    @Column(nullable = false, length = 12)
    private String code;

    @Column(name = "class_name", nullable = false, length = 80)
    private String className;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(nullable = false)
    private boolean retired;

    protected ClassCode() {
    }

    public ClassCode(String zoneId, String schoolId, String teacherId, String code, String className, Instant expiresAt) {
        this.zoneId = zoneId;
        this.schoolId = schoolId;
        this.teacherId = teacherId;
        this.code = code;
        this.className = className;
        this.expiresAt = expiresAt;
    }

    void retire() {
        retired = true;
    }

    public boolean isUsable(Instant now) {
        return !retired && expiresAt.isAfter(now);
    }

    public String getZoneId() {
        return zoneId;
    }

    public String getSchoolId() {
        return schoolId;
    }

    public String getTeacherId() {
        return teacherId;
    }

    public String getCode() {
        return code;
    }

    public String getClassName() {
        return className;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public boolean isRetired() {
        return retired;
    }
}
