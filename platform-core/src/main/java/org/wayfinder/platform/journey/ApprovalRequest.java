package org.wayfinder.platform.journey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.wayfinder.platform.spi.TenantOwned;
import org.wayfinder.platform.spi.Cache;
import org.wayfinder.platform.spi.CacheScoped;

/** Someone waiting at a "wait for approval" step, and what staff decided. */
@Entity
@Table(name = "approval_request")
public class ApprovalRequest extends TenantOwned implements CacheScoped {

    @Column(name = "account_id", nullable = false, length = 36)
    private String accountId;

    @Column(nullable = false, length = 64)
    private String role;

    @Column(name = "step_id", nullable = false, length = 60)
    private String stepId;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 36)
    private String decidedBy;

    @Column(nullable = false)
    private boolean approved;

    protected ApprovalRequest() {
    }

    ApprovalRequest(String accountId, String role, String stepId, Instant requestedAt) {
        this.accountId = accountId;
        this.role = role;
        this.stepId = stepId;
        this.requestedAt = requestedAt;
    }

    void approve(String by, Instant now) {
        approved = true;
        decidedBy = by;
        decidedAt = now;
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

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public boolean isDecided() {
        return decidedAt != null;
    }

    public boolean isApproved() {
        return approved;
    }

    /** Staff's homes count who waits for approval through the programme's activity cache. */
    @Override
    public List<String> cacheScopes(String tenantId) {
        return List.of(Cache.activity(tenantId));
    }
}
