package org.wayfinder.zone.question;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.wayfinder.platform.spi.TenantOwned;

/**
 * A follow-up question a student (or a teacher, for their class) asks the Zone's professionals.
 * A moderator approves it, perhaps edited and with a category, rejects it with a reason, or marks it
 * a duplicate of a question already answered, which points the asker to that answer instead.
 */
@Entity
@Table(name = "zone_question")
public class Question extends TenantOwned {

    /** Where a question stands. */
    public enum Status {
        /** Waiting for a moderator. */
        PENDING("Waiting for a moderator"),
        /** Sent to the professionals. */
        APPROVED("Approved"),
        /** Not sent, with a reason the asker sees. */
        REJECTED("Not approved"),
        /** Already asked and answered: the asker is pointed to that question. */
        DUPLICATE("Already answered");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Column(name = "zone_id", nullable = false, length = 36)
    private String zoneId;

    @Column(name = "asker_id", nullable = false, length = 36)
    private String askerId;

    @Column(name = "asker_role", nullable = false, length = 12)
    private String askerRole;

    @Column(name = "school_id", length = 36)
    private String schoolId;

    @Column(nullable = false, length = 500)
    private String body;

    /** What the asker wrote, when a moderator edited it. */
    @Column(name = "original_body", length = 500)
    private String originalBody;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Status status = Status.PENDING;

    @Column(name = "category_id", length = 36)
    private String categoryId;

    @Column(name = "reject_reason", length = 500)
    private String rejectReason;

    @Column(name = "duplicate_of", length = 36)
    private String duplicateOf;

    @Column(name = "decided_by", length = 36)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "asked_at", nullable = false)
    private Instant askedAt;

    /** The asker's page's key for this send ({@link org.wayfinder.platform.spi.SendKeys}), or null. */
    @Column(name = "send_key", length = 40)
    private String sendKey;

    protected Question() {
    }

    public Question(String zoneId, String askerId, String askerRole, String schoolId, String body, Instant askedAt) {
        this(zoneId, askerId, askerRole, schoolId, body, askedAt, null);
    }

    public Question(String zoneId, String askerId, String askerRole, String schoolId, String body, Instant askedAt, String sendKey) {
        this.sendKey = sendKey;
        this.zoneId = zoneId;
        this.askerId = askerId;
        this.askerRole = askerRole;
        this.schoolId = schoolId;
        this.body = body;
        this.askedAt = askedAt;
    }

    void approve(String editedBody, String categoryId, String by, Instant at) {
        if (editedBody != null && !editedBody.equals(body)) {
            originalBody = body;
            body = editedBody;
        }
        this.categoryId = categoryId;
        decide(Status.APPROVED, by, at);
    }

    void reject(String reason, String by, Instant at) {
        rejectReason = reason;
        decide(Status.REJECTED, by, at);
    }

    void markDuplicateOf(String questionId, String by, Instant at) {
        duplicateOf = questionId;
        decide(Status.DUPLICATE, by, at);
    }

    void categorise(String categoryId) {
        this.categoryId = categoryId;
    }

    private void decide(Status outcome, String by, Instant at) {
        status = outcome;
        decidedBy = by;
        decidedAt = at;
    }

    public String getZoneId() {
        return zoneId;
    }

    public String getAskerId() {
        return askerId;
    }

    public String getAskerRole() {
        return askerRole;
    }

    public String getSchoolId() {
        return schoolId;
    }

    public String getBody() {
        return body;
    }

    public String getOriginalBody() {
        return originalBody;
    }

    public Status getStatus() {
        return status;
    }

    public String getCategoryId() {
        return categoryId;
    }

    public String getRejectReason() {
        return rejectReason;
    }

    public String getDuplicateOf() {
        return duplicateOf;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Instant getAskedAt() {
        return askedAt;
    }
}
