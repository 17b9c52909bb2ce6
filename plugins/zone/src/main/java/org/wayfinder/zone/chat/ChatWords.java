package org.wayfinder.zone.chat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.wayfinder.platform.spi.ProgrammePlugins;
import org.wayfinder.platform.spi.Repository;
import org.wayfinder.platform.spi.Tick;
import org.wayfinder.zone.ZonePlugin;
import org.wayfinder.zone.booking.Chat;

/**
 * The word cloud's counts: for each Chat that has ended, how often each word (see {@link Words})
 * was used in its shown lines, kept as {@link ChatWord} rows so the report sums a whole Zone in one
 * query. Counted at the first {@link Tick} after a Chat ends, by one instance: each Chat is claimed
 * with a conditional UPDATE of {@code words_counted_at}, which only one transaction can win. When a
 * moderator releases or removes a line of a Chat already counted, the Chat is counted again.
 */
@ApplicationScoped
public class ChatWords extends Repository<ChatWord> {

    /** Chats counted per tick and programme at most, so one tick stays short; the rest wait for the next. */
    static final int PER_TICK = 200;

    @Inject
    ProgrammePlugins plugins;

    public ChatWords() {
        super(ChatWord.class);
    }

    void onTick(@Observes Tick tick) {
        if (plugins.isEnabled(ZonePlugin.ID)) {
            countEnded(tick.at());
        }
    }

    /** Counts the words of the Chats that have ended and are not counted yet; how many this call counted. */
    public int countEnded(Instant now) {
        List<Chat> waiting = em().createQuery("SELECT c FROM Chat c WHERE c.wordsCountedAt IS NULL AND c.startsAt < :now"
                + " ORDER BY c.startsAt, c.id", Chat.class).setParameter("now", now).setMaxResults(PER_TICK).getResultList();
        int counted = 0;
        for (Chat chat : waiting) {
            if (!chat.getEndsAt().isAfter(now) && claim(chat.getId(), now)) {
                write(chat.getId());
                counted++;
            }
        }
        return counted;
    }

    /** Counts a Chat again from its shown lines, replacing its earlier counts (after a moderator's decision). */
    public void recount(String chatId, Instant now) {
        em().find(Chat.class, chatId, LockModeType.PESSIMISTIC_WRITE);
        em().createQuery("UPDATE Chat c SET c.wordsCountedAt = :now WHERE c.id = :id").setParameter("now", now).setParameter("id", chatId)
                .executeUpdate();
        write(chatId);
    }

    /** A Chat's counted words, most used first: for the report and the tests. */
    public Map<String, Integer> of(String chatId) {
        Map<String, Integer> uses = new java.util.LinkedHashMap<>();
        query("SELECT w FROM ChatWord w WHERE w.chatId = :chat ORDER BY w.uses DESC, w.word").setParameter("chat", chatId).getResultList()
                .forEach(word -> uses.put(word.getWord(), word.getUses()));
        return uses;
    }

    private boolean claim(String chatId, Instant now) {
        return em().createQuery("UPDATE Chat c SET c.wordsCountedAt = :now WHERE c.id = :id AND c.wordsCountedAt IS NULL")
                .setParameter("now", now).setParameter("id", chatId).executeUpdate() == 1;
    }

    private void write(String chatId) {
        em().createQuery("DELETE FROM ChatWord w WHERE w.chatId = :chat").setParameter("chat", chatId).executeUpdate();
        List<String> bodies = em().createQuery("SELECT l.body FROM ChatLine l WHERE l.chatId = :chat AND l.status = :shown", String.class)
                .setParameter("chat", chatId).setParameter("shown", ChatLine.Status.SHOWN).getResultList();
        Words.count(bodies).forEach((word, uses) -> em().persist(new ChatWord(chatId, word, uses)));
        em().flush();
    }
}
