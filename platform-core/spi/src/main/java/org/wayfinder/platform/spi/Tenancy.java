package org.wayfinder.platform.spi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/**
 * Runs work on behalf of one tenant outside that tenant's own web requests: start-up seeding,
 * scheduled jobs (a plugin's reminders, run once per tenant), an operator provisioning a new
 * programme. The only way to act for a tenant other than the request's.
 *
 * <p>The work gets a transaction of its own (never the caller's, which may belong to another
 * tenant) and sees the given tenant in {@link TenantContext}; afterwards the caller's tenant is back.
 * Where no request context is active (a timer, a managed thread) one is opened for the work.
 */
@ApplicationScoped
public class Tenancy {

    @Inject
    TenantContext tenantContext;

    @ActivateRequestContext
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T callAs(TenantRef tenant, Supplier<T> work) {
        return tenantContext.within(tenant, work);
    }

    @ActivateRequestContext
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void runAs(TenantRef tenant, Runnable work) {
        tenantContext.within(tenant, () -> {
            work.run();
            return null;
        });
    }
}
