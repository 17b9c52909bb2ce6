package org.wayfinder.platform.journey;

import jakarta.enterprise.context.ApplicationScoped;
import org.wayfinder.platform.spi.Repository;

/** The requests of people waiting at approval steps, looked up within the current tenant. */
@ApplicationScoped
public class ApprovalRequests extends Repository<ApprovalRequest> {

    public ApprovalRequests() {
        super(ApprovalRequest.class);
    }

    @Override
    protected String describe() {
        return "Approval request";
    }
}
