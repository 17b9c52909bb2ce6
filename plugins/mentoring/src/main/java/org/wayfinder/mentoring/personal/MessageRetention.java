package org.wayfinder.mentoring.personal;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.wayfinder.mentoring.messaging.Message;
import org.wayfinder.platform.spi.Repository;
import org.wayfinder.platform.spi.personal.PersonalData;
import org.wayfinder.platform.spi.retention.RetentionRule;

/**
 * Mentoring's retention rule: the words of messages older than the period are removed as an erasure
 * removes them ({@link MentoringPersonalData#erase}), the rows stay, so who wrote to whom and when,
 * and every count, remain. What a moderator decided on (a held, redacted or rejected message) and a
 * message someone reported keep their words as the record of that decision.
 */
@ApplicationScoped
public class MessageRetention extends Repository<Message> implements RetentionRule {

    public static final String KEY = "mentoring.messages";

    /** What replaces the words of a message past the programme's retention period. */
    public static final String REMOVED_TEXT = "[removed after the programme's retention period]";

    /** The same condition for the preview and the run. */
    private static final String OLD = " m.sentAt < :cutoff AND m.status = :sent AND m.decidedBy IS NULL"
            + " AND m.text <> :removed AND m.text <> :erased"
            + " AND NOT EXISTS (SELECT r FROM MessageReport r WHERE r.messageId = m.id)";

    public MessageRetention() {
        super(Message.class);
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String label() {
        return "Mentoring messages older than";
    }

    @Override
    public String removes() {
        return "Removes the words of mentoring messages sent before then; the messages stay, without their words, so every count"
                + " stays. Messages a moderator decided on or someone reported keep their words.";
    }

    @Override
    public Unit unit() {
        return Unit.MONTHS;
    }

    @Override
    public String counted(int count) {
        return count + (count == 1 ? " mentoring message" : " mentoring messages") + " sent before";
    }

    @Override
    public List<Removal> preview(Instant cutoff, int max) {
        return old(em().createQuery("SELECT m.id, m.sentAt FROM Message m WHERE" + OLD + " ORDER BY m.sentAt, m.id", Object[].class), cutoff)
                .setMaxResults(max).getResultList().stream()
                .map(row -> new Removal((String) row[0], (Instant) row[1], "Message in a mentoring conversation", null)).toList();
    }

    @Override
    public int apply(Instant cutoff, List<String> ids) {
        return old(em().createQuery("UPDATE Message m SET m.text = :gone, m.writtenText = :gone, m.version = m.version + 1"
                + " WHERE m.id IN :ids AND" + OLD), cutoff)
                .setParameter("gone", REMOVED_TEXT).setParameter("ids", ids).executeUpdate();
    }

    private static <Q extends jakarta.persistence.Query> Q old(Q query, Instant cutoff) {
        query.setParameter("cutoff", cutoff).setParameter("sent", Message.Status.SENT).setParameter("removed", REMOVED_TEXT)
                .setParameter("erased", PersonalData.ERASED_TEXT);
        return query;
    }
}
