package org.wayfinder.platform.journey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.wayfinder.platform.spi.TenantOwned;
import org.wayfinder.platform.spi.Cache;
import org.wayfinder.platform.spi.CacheScoped;

/**
 * Where someone is in a role's journey, kept up to date as they move and whenever the journey is
 * published, so the owner's funnel is one SQL count.
 */
@Entity
@Table(name = "journey_position")
public class JourneyPosition extends TenantOwned implements CacheScoped {

    @Column(name = "account_id", nullable = false, length = 36)
    private String accountId;

    @Column(nullable = false, length = 64)
    private String role;

    /** The step they are on; null once they have finished. */
    @Column(name = "step_id", length = 60)
    private String stepId;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected JourneyPosition() {
    }

    JourneyPosition(String accountId, String role) {
        this.accountId = accountId;
        this.role = role;
    }

    void moveTo(String stepId, Instant now) {
        this.stepId = stepId;
        this.updatedAt = now;
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

    /** The owner's funnel counts positions through the programme's activity cache. */
    @Override
    public List<String> cacheScopes(String tenantId) {
        return List.of(Cache.activity(tenantId));
    }
}
