package org.wayfinder.web.staff;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.wayfinder.platform.journey.JourneyProgress;
import org.wayfinder.platform.journey.JourneyProgress.PendingApproval;
import org.wayfinder.platform.spi.RecordNotFoundException;
import org.wayfinder.platform.spi.web.Messages;
import org.wayfinder.platform.spi.web.SiteAddress;

/**
 * Moderators and owners approve the people waiting at a "wait for approval" step of their journey;
 * each is emailed and can carry on.
 */
@Named
@ViewScoped
public class ApprovalsPage implements Serializable {

    @Inject
    SiteAddress siteAddress;

    @Inject
    Messages messages;

    @Inject
    JourneyProgress progress;

    private transient List<PendingApproval> pending;

    public List<PendingApproval> getPending() {
        if (pending == null) {
            pending = progress.pendingApprovals();
        }
        return pending;
    }

    public void approve(String requestId) {
        try {
            String name = progress.approve(requestId, siteAddress.current());
            messages.info(name + " is approved and has been emailed; they can carry on with their journey.");
        } catch (RecordNotFoundException gone) {
            messages.error("Somebody else has already dealt with that request.");
        }
        pending = null;
    }
}
