package org.wayfinder.platform.safeguarding.vetting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.wayfinder.platform.spi.Cache;
import org.wayfinder.platform.spi.CacheScoped;
import org.wayfinder.platform.spi.TenantOwned;
import org.wayfinder.platform.spi.safeguarding.Vetting;
import org.wayfinder.platform.spi.safeguarding.Vetting.CheckType;

/**
 * A person's DBS check as a moderator saw it, for anyone holding a role a plugin declares vetted.
 * Checks are added, never changed (but for the note that their expiry was warned about): they are
 * the record of vetting. A new check renews the programme's activity scope, where everyone's latest
 * check is held.
 */
@Entity
@Table(name = "dbs_check")
public class DbsCheck extends TenantOwned implements CacheScoped {

    @Column(name = "person_id", nullable = false, length = 36, updatable = false)
    private String personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "check_type", nullable = false, length = 20, updatable = false)
    private CheckType type;

    @Column(name = "issued_on", nullable = false, updatable = false)
    private LocalDate issuedOn;

    @Column(name = "expires_on", nullable = false, updatable = false)
    private LocalDate expiresOn;

    @Column(name = "recorded_by", nullable = false, length = 36, updatable = false)
    private String recordedBy;

    @Column(name = "expiry_warned_at")
    private Instant expiryWarnedAt;

    protected DbsCheck() {
    }

    DbsCheck(String personId, CheckType type, LocalDate issuedOn, LocalDate expiresOn, String recordedBy) {
        this.personId = personId;
        this.type = type;
        this.issuedOn = issuedOn;
        this.expiresOn = expiresOn;
        this.recordedBy = recordedBy;
    }

    public String getPersonId() {
        return personId;
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

    /** When the person and the programme's staff were warned this check is about to expire; null if not yet. */
    public Instant getExpiryWarnedAt() {
        return expiryWarnedAt;
    }

    /** The check as the SPI's {@link Vetting} hands it to plugins. */
    public Vetting.Check toCheck() {
        return new Vetting.Check(getId(), personId, type, issuedOn, expiresOn, recordedBy, expiryWarnedAt);
    }

    @Override
    public List<String> cacheScopes(String tenantId) {
        return tenantId == null ? List.of() : List.of(Cache.activity(tenantId));
    }
}
