package org.wayfinder.platform.safeguarding.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.wayfinder.platform.spi.Cache;
import org.wayfinder.platform.spi.CacheScoped;
import org.wayfinder.platform.spi.TenantOwned;
import org.wayfinder.platform.spi.safeguarding.Cases;

/**
 * A safeguarding concern about one person, for the programme's safeguarding lead. What was reported
 * and the lines around it are copied when the case opens ({@code frozenText}, {@code context}) and
 * never change afterwards, whatever happens to the original: a redaction, an edit or the person's
 * erasure. What is done about it is in its {@link CaseEntry}s.
 */
@Entity
@Table(name = "safeguarding_case")
public class SafeguardingCase extends TenantOwned implements CacheScoped {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private Cases.Kind kind;

    @Column(name = "subject_id", nullable = false, length = 36, updatable = false)
    private String subjectId;

    @Column(name = "reporter_id", length = 36, updatable = false)
    private String reporterId;

    @Column(name = "reporter_name", nullable = false, length = 100, updatable = false)
    private String reporterName;

    @Column(name = "record_type", length = 40, updatable = false)
    private String recordType;

    @Column(name = "record_id", length = 36, updatable = false)
    private String recordId;

    @Lob
    @Column(name = "frozen_text", nullable = false, updatable = false)
    private String frozenText;

    @Lob
    @Column(name = "context", nullable = false, updatable = false)
    private String context;

    @Column(name = "reporter_note", nullable = false, length = 1000, updatable = false)
    private String reporterNote;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CaseStatus status = CaseStatus.NEW;

    @Column(name = "outcome", length = 2000)
    private String outcome;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected SafeguardingCase() {
    }

    SafeguardingCase(Cases.Kind kind, String subjectId, String reporterId, String reporterName, String recordType, String recordId,
                     String frozenText, List<String> context, String reporterNote, Instant openedAt) {
        this.kind = kind;
        this.subjectId = subjectId;
        this.reporterId = reporterId;
        this.reporterName = reporterName;
        this.recordType = recordType;
        this.recordId = recordId;
        this.frozenText = frozenText;
        this.context = String.join("\n", context);
        this.reporterNote = reporterNote;
        this.openedAt = openedAt;
    }

    /** The homes count cases by status from the programme's activity cache. */
    @Override
    public List<String> cacheScopes(String tenantId) {
        return List.of(Cache.activity(tenantId));
    }

    void moveTo(CaseStatus next) {
        status = next;
    }

    void close(String outcome, Instant at) {
        this.status = CaseStatus.CLOSED;
        this.outcome = outcome;
        this.closedAt = at;
    }

    public Cases.Kind getKind() {
        return kind;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public String getReporterId() {
        return reporterId;
    }

    public String getReporterName() {
        return reporterName;
    }

    public String getRecordType() {
        return recordType;
    }

    public String getRecordId() {
        return recordId;
    }

    public String getFrozenText() {
        return frozenText;
    }

    /** The lines around the reported text as they were when the case opened, oldest first. */
    public List<String> getContext() {
        return context.isEmpty() ? List.of() : Arrays.asList(context.split("\n", -1));
    }

    public String getReporterNote() {
        return reporterNote;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public String getOutcome() {
        return outcome;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
