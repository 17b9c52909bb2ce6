package org.wayfinder.mentoring.messaging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.wayfinder.platform.spi.TenantOwned;

/** Somebody's report of a message to the programme's safeguarding lead. */
@Entity
@Table(name = "mentoring_message_report")
public class MessageReport extends TenantOwned {

    @Column(name = "message_id", nullable = false, length = 36)
    private String messageId;

    @Column(name = "reported_by", nullable = false, length = 36)
    private String reportedBy;

    @Column(name = "reason", nullable = false, length = 1000)
    private String reason;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    protected MessageReport() {
    }

    MessageReport(String messageId, String reportedBy, String reason, Instant reportedAt) {
        this.messageId = messageId;
        this.reportedBy = reportedBy;
        this.reason = reason;
        this.reportedAt = reportedAt;
    }

    public String getMessageId() {
        return messageId;
    }

    public String getReportedBy() {
        return reportedBy;
    }

    public String getReason() {
        return reason;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }
}
