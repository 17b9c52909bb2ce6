package org.wayfinder.zone.chat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.wayfinder.platform.spi.TenantOwned;

/** A moderator stopping one person writing in one Chat, until lifted. */
@Entity
@Table(name = "zone_chat_mute")
public class Mute extends TenantOwned {

    @Column(name = "chat_id", nullable = false, length = 36)
    private String chatId;

    @Column(name = "account_id", nullable = false, length = 36)
    private String accountId;

    @Column(name = "muted_by", nullable = false, length = 36)
    private String mutedBy;

    @Column(name = "lifted_at")
    private Instant liftedAt;

    protected Mute() {
    }

    public Mute(String chatId, String accountId, String mutedBy) {
        this.chatId = chatId;
        this.accountId = accountId;
        this.mutedBy = mutedBy;
    }

    public void lift(Instant at) {
        liftedAt = at;
    }

    public String getChatId() {
        return chatId;
    }

    public String getAccountId() {
        return accountId;
    }

    public String getMutedBy() {
        return mutedBy;
    }

    public Instant getLiftedAt() {
        return liftedAt;
    }
}
