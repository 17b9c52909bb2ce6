package org.wayfinder.zone.school;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.wayfinder.platform.spi.TenantOwned;

/**
 * A student taking part in one Zone, as a member of one school. The report's "students logged in"
 * are these: a student is one when they first join the Zone with a class code.
 */
@Entity
@Table(name = "zone_student")
public class Student extends TenantOwned {

    @Column(name = "zone_id", nullable = false, length = 36)
    private String zoneId;

    @Column(name = "account_id", nullable = false, length = 36)
    private String accountId;

    @Column(name = "school_id", nullable = false, length = 36)
    private String schoolId;

    @Column(name = "class_code_id", length = 36)
    private String classCodeId;

    protected Student() {
    }

    public Student(String zoneId, String accountId, String schoolId, String classCodeId) {
        this.zoneId = zoneId;
        this.accountId = accountId;
        this.schoolId = schoolId;
        this.classCodeId = classCodeId;
    }

    public String getZoneId() {
        return zoneId;
    }

    public String getAccountId() {
        return accountId;
    }

    public String getSchoolId() {
        return schoolId;
    }

    public String getClassCodeId() {
        return classCodeId;
    }
}
