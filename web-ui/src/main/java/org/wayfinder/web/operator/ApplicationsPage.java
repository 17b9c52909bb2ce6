package org.wayfinder.web.operator;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wayfinder.config.onboarding.Onboarding;
import org.wayfinder.config.onboarding.ProgrammeApplication;
import org.wayfinder.config.onboarding.ProgrammeTemplate;
import org.wayfinder.platform.spi.FieldError;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.TenantRef;
import org.wayfinder.platform.spi.web.Messages;
import org.wayfinder.platform.spi.web.SiteAddress;
import org.wayfinder.platform.tenant.TenantDirectory;

/**
 * Operators reviewing applications: each pending one can be approved (with the template and address
 * asked for, or others the operator chooses) or declined with a reason the applicant is sent.
 * Each application has its own forms, so typing in one loses nothing of another.
 */
@Named
@RequestScoped
public class ApplicationsPage {

    @Inject
    SiteAddress siteAddress;

    @Inject
    Messages messages;

    @Inject
    Onboarding onboarding;

    @Inject
    FacesContext facesContext;

    @Inject
    TenantDirectory tenants;

    private final Map<String, String> templates = new HashMap<>();
    private final Map<String, String> addresses = new HashMap<>();
    private final Map<String, String> reasons = new HashMap<>();
    private final Map<String, String> errors = new HashMap<>();
    private List<ProgrammeApplication> pending;
    private List<ProgrammeApplication> decided;

    public List<ProgrammeApplication> getPending() {
        if (pending == null) {
            pending = onboarding.inState(ProgrammeApplication.Status.PENDING);
            pending.forEach(application -> {
                templates.putIfAbsent(application.getId(), application.getTemplate());
                addresses.putIfAbsent(application.getId(), application.getWantedAddress());
            });
        }
        return pending;
    }

    /** Decided applications, newest first: the most recent 50 of each outcome. */
    public List<ProgrammeApplication> getDecided() {
        if (decided == null) {
            List<ProgrammeApplication> approved = onboarding.inState(ProgrammeApplication.Status.APPROVED);
            List<ProgrammeApplication> declined = onboarding.inState(ProgrammeApplication.Status.DECLINED);
            decided = java.util.stream.Stream.concat(approved.stream().limit(50), declined.stream().limit(50))
                    .sorted(java.util.Comparator.comparing(ProgrammeApplication::getDecidedAt).reversed()).toList();
        }
        return decided;
    }

    public void approve(String applicationId) {
        try {
            TenantRef programme = onboarding.approve(applicationId, templates.get(applicationId), addresses.get(applicationId),
                    siteAddress.current());
            messages.info(programme.name() + " is running at " + programme.slug() + "." + tenants.baseDomain()
                    + " and its applicant has been invited to own it.");
            pending = null;
            decided = null;
        } catch (InvalidInputException invalid) {
            show(applicationId, invalid);
        }
    }

    public void decline(String applicationId) {
        try {
            onboarding.decline(applicationId, reasons.get(applicationId));
            messages.info("The application is declined and the applicant has been told why.");
            pending = null;
            decided = null;
        } catch (InvalidInputException invalid) {
            show(applicationId, invalid);
        }
    }

    private void show(String applicationId, InvalidInputException invalid) {
        for (FieldError error : invalid.errors()) {
            errors.merge(applicationId + ":" + error.field(), error.message(), (a, b) -> a + " " + b);
        }
        messages.error("The application was not changed; see the message beside it.");
        facesContext.validationFailed();
    }

    public String templateName(String id) {
        return ProgrammeTemplate.find(id).map(ProgrammeTemplate::name).orElse(id);
    }

    public List<ProgrammeTemplate> getTemplateChoices() {
        return ProgrammeTemplate.ALL;
    }

    public Map<String, String> getTemplates() {
        return templates;
    }

    public Map<String, String> getAddresses() {
        return addresses;
    }

    public Map<String, String> getReasons() {
        return reasons;
    }

    public Map<String, String> getErrors() {
        return errors;
    }
}
