package org.wayfinder.web.onboarding;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.wayfinder.config.onboarding.ApplicationForm;
import org.wayfinder.config.onboarding.Onboarding;
import org.wayfinder.config.onboarding.ProgrammeTemplate;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.RecordNotFoundException;
import org.wayfinder.platform.spi.TenantContext;
import org.wayfinder.platform.spi.web.Messages;
import org.wayfinder.platform.tenant.TenantDirectory;

/** An NHS organisation applying to run a programme, on the platform's own site only. */
@Named
@RequestScoped
public class ApplyPage {

    @Inject
    Messages messages;

    @Inject
    Onboarding onboarding;

    @Inject
    TenantContext tenantContext;

    @Inject
    TenantDirectory tenants;

    private String organisation;
    private String contactName;
    private String contactEmail;
    private String contactRole;
    private String programmeName;
    private String template = "mentoring";
    private String wantedAddress;
    private String about;
    private boolean applied;

    /** Programmes' sites have no application form: it answers 404 there. */
    public void load() {
        if (!tenantContext.tenant().platform()) {
            throw new RecordNotFoundException("Page");
        }
    }

    public void apply() {
        try {
            onboarding.apply(new ApplicationForm(organisation, contactName, contactEmail, contactRole, programmeName, template,
                    wantedAddress, about));
            applied = true;
        } catch (InvalidInputException invalid) {
            messages.show(invalid, "application");
            messages.error(invalid.errors().size() == 1 ? "One answer needs changing; it is marked below."
                    : invalid.errors().size() + " answers need changing; they are marked below.");
        }
    }

    /** Says, while the applicant types, whether the address they want can be had. */
    public String getAddressCheck() {
        if (wantedAddress == null || wantedAddress.isBlank()) {
            return "";
        }
        Optional<String> problem = onboarding.problemWithAddress(wantedAddress, null);
        return problem.orElse(wantedAddress.strip().toLowerCase() + "." + tenants.baseDomain() + " is free.");
    }

    public boolean isAddressFree() {
        return wantedAddress != null && !wantedAddress.isBlank() && onboarding.problemWithAddress(wantedAddress, null).isEmpty();
    }

    public List<ProgrammeTemplate> getTemplates() {
        return ProgrammeTemplate.ALL;
    }

    public String getBaseDomain() {
        return tenants.baseDomain();
    }

    public boolean isApplied() {
        return applied;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getContactRole() {
        return contactRole;
    }

    public void setContactRole(String contactRole) {
        this.contactRole = contactRole;
    }

    public String getProgrammeName() {
        return programmeName;
    }

    public void setProgrammeName(String programmeName) {
        this.programmeName = programmeName;
    }

    public String getTemplate() {
        return template;
    }

    public void setTemplate(String template) {
        this.template = template;
    }

    public String getWantedAddress() {
        return wantedAddress;
    }

    public void setWantedAddress(String wantedAddress) {
        this.wantedAddress = wantedAddress;
    }

    public String getAbout() {
        return about;
    }

    public void setAbout(String about) {
        this.about = about;
    }
}
