package org.wayfinder.zone.chat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wayfinder.platform.spi.Repository;
import org.wayfinder.platform.spi.RequiresRole;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.zone.booking.Chat;
import org.wayfinder.zone.event.Team;
import org.wayfinder.zone.event.Zones;

/**
 * The programme's Chats as the staff's list shows them ({@code /zone/chats.xhtml}), so moderators
 * see at once where they are needed: those on now and those with lines waiting for a moderator
 * first, then the latest.
 */
@ApplicationScoped
public class ChatOverview extends Repository<Chat> {

    /**
     * A Chat as the staff's list shows it.
     *
     * @param lines every line written, whatever became of it
     * @param held  lines waiting for a moderator
     */
    public record Summary(String chatId, String teamName, Instant startsAt, Instant endsAt, boolean live, long lines, long held,
                          long participants) {
    }

    @Inject
    Zones zones;

    public ChatOverview() {
        super(Chat.class);
    }

    /** At most 200 Chats, not withdrawn, with their counts read in three grouped queries rather than per Chat. */
    @RequiresRole({Roles.MODERATOR, Roles.OWNER})
    public List<Summary> chats(Instant now) {
        List<Chat> chats = query("SELECT c FROM Chat c WHERE c.withdrawn = FALSE ORDER BY c.startsAt DESC, c.id").setMaxResults(200)
                .getResultList();
        Map<String, Long> lines = counts("SELECT l.chatId, COUNT(l) FROM ChatLine l GROUP BY l.chatId", null);
        Map<String, Long> held = counts("SELECT l.chatId, COUNT(l) FROM ChatLine l WHERE l.status = :status GROUP BY l.chatId",
                ChatLine.Status.HELD);
        Map<String, Long> joined = counts("SELECT p.chatId, COUNT(p) FROM Participant p GROUP BY p.chatId", null);
        Map<String, Team> teams = zones.teamsById(chats.stream().map(Chat::getTeamId).toList());
        List<Summary> summaries = new ArrayList<>();
        for (Chat chat : chats) {
            Team found = teams.get(chat.getTeamId());
            String team = found == null ? "" : found.getName();
            summaries.add(new Summary(chat.getId(), team, chat.getStartsAt(), chat.getEndsAt(), chat.isLive(now),
                    lines.getOrDefault(chat.getId(), 0L), held.getOrDefault(chat.getId(), 0L), joined.getOrDefault(chat.getId(), 0L)));
        }
        summaries.sort(Comparator.comparing((Summary summary) -> !(summary.live() || summary.held() > 0)));
        return summaries;
    }

    private Map<String, Long> counts(String jpql, ChatLine.Status status) {
        TypedQuery<Object[]> query = em().createQuery(jpql, Object[].class);
        if (status != null) {
            query.setParameter("status", status);
        }
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }
}
