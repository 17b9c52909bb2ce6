package org.wayfinder.platform.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.wayfinder.platform.spi.Cache;
import org.wayfinder.platform.spi.CacheScoped;
import org.wayfinder.platform.spi.TenantOwned;

/**
 * How long a programme keeps one kind of record (a {@code RetentionRule}, by its key), in the
 * rule's unit, and what the last run of it removed. No row, or no amount: the records are kept.
 * The row stays when the owner turns the rule off, so the page can still say what the last run did.
 * The amounts are part of the programme's configuration (its export is cached); a run's own record
 * (when, what it removed) is written by bulk updates, which renew nothing.
 */
@Entity
@Table(name = "retention_period")
public class RetentionPeriod extends TenantOwned implements CacheScoped {

    @Column(name = "rule_key", nullable = false, length = 80, updatable = false)
    private String ruleKey;

    @Column(name = "amount")
    private Integer amount;

    /** When a run last claimed this rule; two instances ticking at once both try, one wins (see {@code Retention}). */
    @Column(name = "last_run_at")
    private Instant lastRunAt;

    @Column(name = "last_cutoff")
    private Instant lastCutoff;

    @Column(name = "last_removed")
    private Integer lastRemoved;

    @Column(name = "last_skipped")
    private Integer lastSkipped;

    protected RetentionPeriod() {
    }

    public RetentionPeriod(String ruleKey, Integer amount) {
        this.ruleKey = ruleKey;
        this.amount = amount;
    }

    void setAmount(Integer amount) {
        this.amount = amount;
    }

    public String getRuleKey() {
        return ruleKey;
    }

    public Integer getAmount() {
        return amount;
    }

    public Instant getLastRunAt() {
        return lastRunAt;
    }

    public Instant getLastCutoff() {
        return lastCutoff;
    }

    public Integer getLastRemoved() {
        return lastRemoved;
    }

    public Integer getLastSkipped() {
        return lastSkipped;
    }

    @Override
    public List<String> cacheScopes(String tenantId) {
        return tenantId == null ? List.of() : List.of(Cache.programme(tenantId));
    }
}
