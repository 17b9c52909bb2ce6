package org.wayfinder.zone.school;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.wayfinder.platform.spi.TenantOwned;

/**
 * A teacher (or other school contact) who registered their school. They can book Chats and make
 * class codes only once a moderator or the owner has approved them.
 */
@Entity
@Table(name = "zone_teacher")
public class Teacher extends TenantOwned {

    /** Where a teacher's registration stands. */
    public enum Status {
        PENDING, APPROVED, REJECTED
    }

    @Column(name = "account_id", nullable = false, length = 36)
    private String accountId;

    @Column(name = "school_id", nullable = false, length = 36)
    private String schoolId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Status status = Status.PENDING;

    @Column(name = "decided_by", length = 36)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "reject_reason", length = 500)
    private String rejectReason;

    protected Teacher() {
    }

    public Teacher(String accountId, String schoolId) {
        this.accountId = accountId;
        this.schoolId = schoolId;
    }

    void decide(Status outcome, String by, Instant at, String reason) {
        status = outcome;
        decidedBy = by;
        decidedAt = at;
        rejectReason = reason;
    }

    void moveTo(String schoolId) {
        this.schoolId = schoolId;
        status = Status.PENDING;
        decidedBy = null;
        decidedAt = null;
        rejectReason = null;
    }

    public boolean isApproved() {
        return status == Status.APPROVED;
    }

    public String getAccountId() {
        return accountId;
    }

    public String getSchoolId() {
        return schoolId;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getRejectReason() {
        return rejectReason;
    }
}
