package org.wayfinder.zone.chat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.wayfinder.platform.spi.TenantOwned;

/**
 * How often a word (not a stop word) was used in one Chat's shown lines: the word cloud sums these
 * over a Zone with one aggregate query, however many lines there were.
 */
@Entity
@Table(name = "zone_chat_word")
public class ChatWord extends TenantOwned {

    @Column(name = "chat_id", nullable = false, length = 36)
    private String chatId;

    @Column(nullable = false, length = 40)
    private String word;

    @Column(nullable = false)
    private int uses;

    protected ChatWord() {
    }

    public ChatWord(String chatId, String word, int uses) {
        this.chatId = chatId;
        this.word = word;
        this.uses = uses;
    }

    public String getChatId() {
        return chatId;
    }

    public String getWord() {
        return word;
    }

    public int getUses() {
        return uses;
    }
}
