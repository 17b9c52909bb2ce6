package org.wayfinder.web.operator;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.wayfinder.config.onboarding.Onboarding;
import org.wayfinder.platform.spi.TenantRef;
import org.wayfinder.platform.spi.web.Messages;
import org.wayfinder.platform.tenant.TenantDirectory;

/** The operator's list of programmes, where one can be paused and resumed, and the way to applications. */
@Named
@RequestScoped
public class ProgrammesPage {

    @Inject
    Messages messages;

    @Inject
    TenantDirectory tenants;

    @Inject
    Onboarding onboarding;

    private List<TenantRef> programmes;

    /** The programmes whose name or address contains what the operator searched for (all of them without a search). */
    public List<TenantRef> getProgrammes() {
        if (programmes == null) {
            programmes = tenants.programmesMatching(getSearch());
        }
        return programmes;
    }

    /** What the operator searched for ({@code ?q=}), kept on the list's own requests by a hidden field. */
    public String getSearch() {
        String q = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("q");
        return q == null ? "" : q.strip();
    }

    public long getPendingApplications() {
        return onboarding.countPending();
    }

    public void suspend(String tenantId) {
        TenantRef tenant = tenants.suspend(tenantId);
        programmes = null;
        messages.info(tenant.name() + " is paused: its site shows the paused page and nobody can sign in.");
    }

    public void resume(String tenantId) {
        TenantRef tenant = tenants.resume(tenantId);
        programmes = null;
        messages.info(tenant.name() + " is running again.");
    }
}
