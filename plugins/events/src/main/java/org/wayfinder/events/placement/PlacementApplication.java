package org.wayfinder.events.placement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import org.wayfinder.platform.spi.TenantOwned;

/**
 * A student's application for a placement: which of their choices it is, their date of birth (a
 * student under 18 on the first day may only go to a placement whose supervisor is vetted), their
 * school and why they want it; then whether staff allocated them the place, and the supervisor's
 * reference afterwards.
 */
@Entity
@Table(name = "events_placement_application")
public class PlacementApplication extends TenantOwned {

    /** Where an application stands. */
    public enum Status {
        APPLIED("Applied"), ALLOCATED("Place given"), NOT_ALLOCATED("No place this time"), WITHDRAWN("Withdrawn");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Column(name = "placement_id", nullable = false, length = 36, updatable = false)
    private String placementId;

    @Column(name = "account_id", nullable = false, length = 36, updatable = false)
    private String accountId;

    @Column(nullable = false)
    private int choice;

    @Column(name = "born_on", nullable = false)
    private LocalDate bornOn;

    @Column(length = 120)
    private String school;

    @Column(nullable = false, length = 2000)
    private String statement;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(name = "applied_at", nullable = false)
    private Instant appliedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(length = 4000)
    private String reference;

    @Column(name = "reference_by", length = 36)
    private String referenceBy;

    @Column(name = "reference_at")
    private Instant referenceAt;

    @Column(name = "send_key", nullable = false, length = 64, updatable = false)
    private String sendKey;

    protected PlacementApplication() {
    }

    public PlacementApplication(String placementId, String accountId, int choice, LocalDate bornOn, String school, String statement,
                         Instant appliedAt, String sendKey) {
        this.sendKey = sendKey;
        this.placementId = placementId;
        this.accountId = accountId;
        this.choice = choice;
        this.bornOn = bornOn;
        this.school = school;
        this.statement = statement;
        this.status = Status.APPLIED;
        this.appliedAt = appliedAt;
    }

    public String getPlacementId() {
        return placementId;
    }

    public String getAccountId() {
        return accountId;
    }

    /** 1 for their first choice, 2 for their second, 3 for their third. */
    public int getChoice() {
        return choice;
    }

    /** "first", "second" or "third": how pages and mails name the choice. */
    public String getChoiceLabel() {
        return ordinal(choice);
    }

    /** How a choice is named: "first", "second", "third". */
    public static String ordinal(int choice) {
        return switch (choice) {
            case 1 -> "first";
            case 2 -> "second";
            case 3 -> "third";
            default -> choice + "th";
        };
    }

    public LocalDate getBornOn() {
        return bornOn;
    }

    /** Whether they are under 18 on that day. */
    public boolean childOn(LocalDate day) {
        return Period.between(bornOn, day).getYears() < 18;
    }

    public String getSchool() {
        return school;
    }

    public String getStatement() {
        return statement;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getAppliedAt() {
        return appliedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getReference() {
        return reference;
    }

    public String getReferenceBy() {
        return referenceBy;
    }

    public Instant getReferenceAt() {
        return referenceAt;
    }

    void decide(Status status, Instant at) {
        this.status = status;
        this.decidedAt = at;
    }

    void writeReference(String text, String by, Instant at) {
        this.reference = text;
        this.referenceBy = by;
        this.referenceAt = at;
    }
}
