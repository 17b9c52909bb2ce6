package org.wayfinder.mentoring.messaging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.wayfinder.platform.spi.CacheScoped;
import org.wayfinder.platform.spi.TenantOwned;

/**
 * One message in a match's conversation, with what the safeguarding screen found and what a
 * moderator decided. Messages are never deleted or overwritten: a redacted message keeps what was
 * first written, so the record of every message and decision is complete.
 */
@Entity
@Table(name = "mentoring_message")
public class Message extends TenantOwned implements CacheScoped {

    /** Where a message stands. */
    public enum Status {
        /** Seen by both people. */
        SENT,
        /** Held by the safeguarding screen until a moderator decides; only its sender (and moderators) see it. */
        HELD,
        /** A moderator decided it must not be delivered. */
        REJECTED
    }

    @Column(name = "match_id", nullable = false, length = 36)
    private String matchId;

    @Column(name = "sender_id", nullable = false, length = 36)
    private String senderId;

    @Column(name = "body", nullable = false, length = 2000)
    private String text;

    @Column(name = "written_text", nullable = false, length = 2000)
    private String writtenText;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status;

    @Column(name = "held_because", length = 500)
    private String heldBecause;

    @Column(name = "decided_by", length = 36)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision", length = 500)
    private String decision;

    /** The sender's page's key for this send ({@link org.wayfinder.platform.spi.SendKeys}), or null. */
    @Column(name = "send_key", length = 40)
    private String sendKey;

    protected Message() {
    }

    Message(String matchId, String senderId, String text, Instant sentAt, String heldBecause, String sendKey) {
        this.matchId = matchId;
        this.sendKey = sendKey;
        this.senderId = senderId;
        this.text = text;
        this.writtenText = text;
        this.sentAt = sentAt;
        this.heldBecause = heldBecause;
        this.status = heldBecause == null ? Status.SENT : Status.HELD;
    }

    void decide(Status status, String text, String by, String decision, Instant at) {
        this.status = status;
        this.text = text;
        this.decidedBy = by;
        this.decision = decision;
        this.decidedAt = at;
    }

    public String getMatchId() {
        return matchId;
    }

    public String getSenderId() {
        return senderId;
    }

    /** What the conversation shows: as written, or as a moderator redacted it. */
    public String getText() {
        return text;
    }

    /** What the sender wrote, kept whatever a moderator decided. */
    public String getWrittenText() {
        return writtenText;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Status getStatus() {
        return status;
    }

    /** What the screen found, in words ("a phone number"), or null when it found nothing. */
    public String getHeldBecause() {
        return heldBecause;
    }

    public boolean isRedacted() {
        return !text.equals(writtenText);
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    /** The moderator's reason, for a redaction or a rejection. */
    public String getDecision() {
        return decision;
    }

    /** A message sent, held, let through or rejected changes what its conversation counts. */
    @Override
    public List<String> cacheScopes(String tenantId) {
        return List.of(Conversations.cacheScope(tenantId, matchId));
    }
}
