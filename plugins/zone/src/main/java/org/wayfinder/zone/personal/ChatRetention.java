package org.wayfinder.zone.personal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.List;
import org.wayfinder.platform.spi.Repository;
import org.wayfinder.platform.spi.personal.PersonalData;
import org.wayfinder.platform.spi.retention.RetentionRule;
import org.wayfinder.zone.ZonePlugin;
import org.wayfinder.zone.chat.ChatLine;

/**
 * The Zone's retention rule for Chat transcripts: the words of lines written before the period are
 * removed as an erasure removes them ({@link ZonePersonalData#erase}); the lines stay, with their
 * author, role, school and time, so who took part and every count in the report stay. Lines a
 * moderator held, released or removed keep their words as the record of that decision. The word
 * cloud's counts ({@code zone_chat_word}) hold no words of anyone in particular and stay.
 */
@ApplicationScoped
public class ChatRetention extends Repository<ChatLine> implements RetentionRule {

    public static final String KEY = "zone.chat-lines";

    /** What replaces the words of a Chat line past the programme's retention period. */
    public static final String REMOVED_TEXT = "[removed after the programme's retention period]";

    /** The same condition for the preview and the run. */
    private static final String OLD = " l.sentAt < :cutoff AND l.status = :shown AND l.moderatedBy IS NULL"
            + " AND l.body <> :removed AND l.body <> :erased";

    public ChatRetention() {
        super(ChatLine.class);
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String label() {
        return "Zone Chat lines older than";
    }

    @Override
    public String removes() {
        return "Removes the words of live Chat lines written before then, so transcripts keep who wrote and when but not what;"
                + " every count in the Zone report stays. Lines a moderator held or removed keep their words.";
    }

    @Override
    public Unit unit() {
        return Unit.MONTHS;
    }

    @Override
    public String counted(int count) {
        return count + (count == 1 ? " Chat line" : " Chat lines") + " written before";
    }

    @Override
    public List<Removal> preview(Instant cutoff, int max) {
        return old(em().createQuery("SELECT l.id, l.sentAt, l.authorRole FROM ChatLine l WHERE" + OLD + " ORDER BY l.sentAt, l.id",
                Object[].class), cutoff).setMaxResults(max).getResultList().stream()
                .map(row -> new Removal((String) row[0], (Instant) row[1], "Chat line by " + author((String) row[2]), null)).toList();
    }

    @Override
    public int apply(Instant cutoff, List<String> ids) {
        return old(em().createQuery("UPDATE ChatLine l SET l.body = :gone, l.version = l.version + 1 WHERE l.id IN :ids AND" + OLD), cutoff)
                .setParameter("gone", REMOVED_TEXT).setParameter("ids", ids).executeUpdate();
    }

    private static String author(String role) {
        return ZonePlugin.STUDENT.equals(role) ? "a student" : ZonePlugin.PROFESSIONAL.equals(role) ? "a professional" : "staff";
    }

    private static <Q extends Query> Q old(Q query, Instant cutoff) {
        query.setParameter("cutoff", cutoff).setParameter("shown", ChatLine.Status.SHOWN).setParameter("removed", REMOVED_TEXT)
                .setParameter("erased", PersonalData.ERASED_TEXT);
        return query;
    }
}
