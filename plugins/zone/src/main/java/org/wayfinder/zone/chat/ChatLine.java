package org.wayfinder.zone.chat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.wayfinder.platform.spi.TenantOwned;

/**
 * One line of a live Chat, stored before anyone is shown it. The sender's browser gives each line a
 * key of its own, so a line sent again after a lost connection is stored once. A line with contact
 * details is held for a moderator; a moderator can remove any line.
 */
@Entity
@Table(name = "zone_chat_line")
public class ChatLine extends TenantOwned {

    /** Who can see a line. */
    public enum Status {
        /** Everyone in the Chat. */
        SHOWN,
        /** Only its writer and the moderators, until a moderator releases or removes it. */
        HELD,
        /** Nobody but the moderators; not counted in reports. */
        REMOVED
    }

    @Column(name = "chat_id", nullable = false, length = 36)
    private String chatId;

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
    private Status status;

    @Column(name = "client_key", nullable = false, length = 40)
    private String clientKey;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "moderated_by", length = 36)
    private String moderatedBy;

    @Column(name = "moderated_at")
    private Instant moderatedAt;

    /** What the safeguarding screen found, for the moderator. */
    @Column(name = "held_for", length = 200)
    private String heldFor;

    protected ChatLine() {
    }

    public ChatLine(String chatId, String authorId, String authorRole, String schoolId, String body, String clientKey, Instant sentAt,
                    String heldFor) {
        this.chatId = chatId;
        this.authorId = authorId;
        this.authorRole = authorRole;
        this.schoolId = schoolId;
        this.body = body;
        this.clientKey = clientKey;
        this.sentAt = sentAt;
        this.heldFor = heldFor;
        this.status = heldFor == null ? Status.SHOWN : Status.HELD;
    }

    public void moderate(Status outcome, String by, Instant at) {
        status = outcome;
        moderatedBy = by;
        moderatedAt = at;
    }

    public String getChatId() {
        return chatId;
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

    public String getClientKey() {
        return clientKey;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getModeratedBy() {
        return moderatedBy;
    }

    public Instant getModeratedAt() {
        return moderatedAt;
    }

    public String getHeldFor() {
        return heldFor;
    }
}
