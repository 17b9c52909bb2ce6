package org.wayfinder.zone.question;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.wayfinder.platform.spi.TenantOwned;

/**
 * A comment under an approved question, by a student or a professional. Comments are moderated:
 * others see one once a moderator has approved it.
 */
@Entity
@Table(name = "zone_comment")
public class Comment extends TenantOwned {

    /** Where a comment stands. */
    public enum Status {
        PENDING, APPROVED, REJECTED
    }

    @Column(name = "question_id", nullable = false, length = 36)
    private String questionId;

    @Column(name = "author_id", nullable = false, length = 36)
    private String authorId;

    @Column(name = "author_role", nullable = false, length = 12)
    private String authorRole;

    @Column(name = "school_id", length = 36)
    private String schoolId;

    @Column(nullable = false, length = 1000)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Status status = Status.PENDING;

    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    @Column(name = "decided_by", length = 36)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "reject_reason", length = 500)
    private String rejectReason;

    protected Comment() {
    }

    public Comment(String questionId, String authorId, String authorRole, String schoolId, String body, Instant postedAt) {
        this.questionId = questionId;
        this.authorId = authorId;
        this.authorRole = authorRole;
        this.schoolId = schoolId;
        this.body = body;
        this.postedAt = postedAt;
    }

    void decide(Status outcome, String by, Instant at, String reason) {
        status = outcome;
        decidedBy = by;
        decidedAt = at;
        rejectReason = reason;
    }

    public String getQuestionId() {
        return questionId;
    }

    public String getAuthorId() {
        return authorId;
    }

    public String getAuthorRole() {
        return authorRole;
    }

    public String getSchoolId() {
        return schoolId;
    }

    public String getBody() {
        return body;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getPostedAt() {
        return postedAt;
    }

    public String getRejectReason() {
        return rejectReason;
    }
}
