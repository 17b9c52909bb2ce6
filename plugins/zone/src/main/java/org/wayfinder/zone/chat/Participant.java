package org.wayfinder.zone.chat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.wayfinder.platform.spi.TenantOwned;

/**
 * Someone who joined a Chat (opened its room while it was on): a student of a booked class, one of
 * the team's professionals, or a moderator. "Joined a Chat" makes students and professionals active.
 */
@Entity
@Table(name = "zone_chat_participant")
public class Participant extends TenantOwned {

    @Column(name = "chat_id", nullable = false, length = 36)
    private String chatId;

    @Column(name = "account_id", nullable = false, length = 36)
    private String accountId;

    @Column(nullable = false, length = 12)
    private String role;

    @Column(name = "school_id", length = 36)
    private String schoolId;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    protected Participant() {
    }

    public Participant(String chatId, String accountId, String role, String schoolId, Instant joinedAt) {
        this.chatId = chatId;
        this.accountId = accountId;
        this.role = role;
        this.schoolId = schoolId;
        this.joinedAt = joinedAt;
    }

    public String getChatId() {
        return chatId;
    }

    public String getAccountId() {
        return accountId;
    }

    public String getRole() {
        return role;
    }

    public String getSchoolId() {
        return schoolId;
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }
}
