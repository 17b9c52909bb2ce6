package org.wayfinder.config.onboarding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.wayfinder.platform.spi.TenantOwned;

/**
 * An NHS organisation's application to run a programme on Wayfinder, made on the platform's own
 * site and kept there (its tenant is the platform) until an operator approves or declines it.
 */
@Entity
@Table(name = "programme_application")
public class ProgrammeApplication extends TenantOwned {

    public enum Status { PENDING, APPROVED, DECLINED }

    @Column(nullable = false, length = 200)
    private String organisation;

    @Column(name = "contact_name", nullable = false, length = 100)
    private String contactName;

    @Column(name = "contact_email", nullable = false, length = 254)
    private String contactEmail;

    @Column(name = "contact_role", nullable = false, length = 100)
    private String contactRole;

    @Column(name = "programme_name", nullable = false, length = 120)
    private String programmeName;

    @Column(nullable = false, length = 40)
    private String template;

    @Column(name = "wanted_address", nullable = false, length = 63)
    private String wantedAddress;

    @Column(nullable = false, length = 2000)
    private String about;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status = Status.PENDING;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 36)
    private String decidedBy;

    @Column(name = "decline_reason", length = 2000)
    private String declineReason;

    @Column(name = "programme_id", length = 36)
    private String programmeId;

    protected ProgrammeApplication() {
    }

    public ProgrammeApplication(ApplicationForm form, Instant submittedAt) {
        this.organisation = form.organisation().strip();
        this.contactName = form.contactName().strip();
        this.contactEmail = form.contactEmail().strip().toLowerCase(java.util.Locale.ROOT);
        this.contactRole = form.contactRole().strip();
        this.programmeName = form.programmeName().strip();
        this.template = form.template();
        this.wantedAddress = form.wantedAddress().strip().toLowerCase(java.util.Locale.ROOT);
        this.about = form.about() == null ? "" : form.about().strip();
        this.submittedAt = submittedAt;
    }

    void approve(String operatorId, String template, String address, String programmeId, Instant when) {
        this.status = Status.APPROVED;
        this.template = template;
        this.wantedAddress = address;
        this.programmeId = programmeId;
        this.decidedBy = operatorId;
        this.decidedAt = when;
    }

    void decline(String operatorId, String reason, Instant when) {
        this.status = Status.DECLINED;
        this.declineReason = reason;
        this.decidedBy = operatorId;
        this.decidedAt = when;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getContactRole() {
        return contactRole;
    }

    public String getProgrammeName() {
        return programmeName;
    }

    public String getTemplate() {
        return template;
    }

    public String getWantedAddress() {
        return wantedAddress;
    }

    public String getAbout() {
        return about;
    }

    public Status getStatus() {
        return status;
    }

    public boolean isPending() {
        return status == Status.PENDING;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public String getProgrammeId() {
        return programmeId;
    }
}
