package org.wayfinder.mentoring.vetting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.wayfinder.platform.spi.TenantOwned;

/** A mentor's DBS check as a moderator saw it. Checks are added, never changed: they are the record of vetting. */
@Entity
@Table(name = "mentoring_dbs_check")
public class DbsCheck extends TenantOwned {

    @Column(name = "mentor_id", nullable = false, length = 36)
    private String mentorId;

    @Enumerated(EnumType.STRING)
    @Column(name = "check_type", nullable = false, length = 20)
    private CheckType type;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;

    @Column(name = "recorded_by", nullable = false, length = 36)
    private String recordedBy;

    @Column(name = "expiry_warned_at")
    private java.time.Instant expiryWarnedAt;

    protected DbsCheck() {
    }

    DbsCheck(String mentorId, CheckType type, LocalDate issuedOn, LocalDate expiresOn, String recordedBy) {
        this.mentorId = mentorId;
        this.type = type;
        this.issuedOn = issuedOn;
        this.expiresOn = expiresOn;
        this.recordedBy = recordedBy;
    }

    public String getMentorId() {
        return mentorId;
    }

    public CheckType getType() {
        return type;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    /** The first day the check no longer counts. */
    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    /** When the mentor and the programme's staff were warned this check is about to expire; null if not yet. */
    public java.time.Instant getExpiryWarnedAt() {
        return expiryWarnedAt;
    }
}
