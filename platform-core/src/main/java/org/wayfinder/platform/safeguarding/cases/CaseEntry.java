package org.wayfinder.platform.safeguarding.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.wayfinder.platform.spi.TenantOwned;

/**
 * One thing written or done on a safeguarding case, by whom and when: a note, a change of status,
 * a suspension and its lifting, the closing outcome. Only ever added (no column can be updated), so
 * the case's history reads as it happened.
 */
@Entity
@Table(name = "safeguarding_case_entry")
public class CaseEntry extends TenantOwned {

    /** What the entry records. */
    public enum Type {
        OPENED, NOTE, STATUS, SUSPENDED, SUSPENSION_LIFTED, CLOSED
    }

    @Column(name = "case_id", nullable = false, length = 36, updatable = false)
    private String caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24, updatable = false)
    private Type type;

    @Column(name = "author_id", length = 36, updatable = false)
    private String authorId;

    @Column(name = "author_name", nullable = false, length = 100, updatable = false)
    private String authorName;

    @Column(name = "text", nullable = false, length = 4000, updatable = false)
    private String text;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    protected CaseEntry() {
    }

    CaseEntry(String caseId, Type type, String authorId, String authorName, String text, Instant writtenAt) {
        this.caseId = caseId;
        this.type = type;
        this.authorId = authorId;
        this.authorName = authorName;
        this.text = text;
        this.writtenAt = writtenAt;
    }

    public String getCaseId() {
        return caseId;
    }

    public Type getType() {
        return type;
    }

    public String getAuthorId() {
        return authorId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getText() {
        return text;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }
}
