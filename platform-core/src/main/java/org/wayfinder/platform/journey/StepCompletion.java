package org.wayfinder.platform.journey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.wayfinder.platform.spi.CacheScoped;
import org.wayfinder.platform.spi.Cache;
import org.wayfinder.platform.spi.TenantOwned;

/** A step someone has done, or skipped, in the journey of one of their roles; kept by step id. */
@Entity
@Table(name = "step_completion")
public class StepCompletion extends TenantOwned implements CacheScoped {

    @Column(name = "account_id", nullable = false, length = 36)
    private String accountId;

    @Column(nullable = false, length = 64)
    private String role;

    @Column(name = "step_id", nullable = false, length = 60)
    private String stepId;

    @Column(nullable = false)
    private boolean skipped;

    @Column(name = "completed_at", nullable = false)
    private Instant completedAt;

    protected StepCompletion() {
    }

    StepCompletion(String accountId, String role, String stepId, boolean skipped, Instant completedAt) {
        this.accountId = accountId;
        this.role = role;
        this.stepId = stepId;
        this.skipped = skipped;
        this.completedAt = completedAt;
    }

    public String getAccountId() {
        return accountId;
    }

    public String getRole() {
        return role;
    }

    public String getStepId() {
        return stepId;
    }

    public boolean isSkipped() {
        return skipped;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    /** The steps a person has done are read through their cache by every page that shows their journey. */
    @Override
    public List<String> cacheScopes(String tenantId) {
        return List.of(Cache.person(tenantId, accountId));
    }
}
