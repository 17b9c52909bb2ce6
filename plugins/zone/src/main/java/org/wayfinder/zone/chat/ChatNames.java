package org.wayfinder.zone.chat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wayfinder.platform.spi.People;
import org.wayfinder.zone.ZonePlugin;
import org.wayfinder.zone.booking.Bookings;
import org.wayfinder.zone.event.Zones;

/**
 * How a Chat names its people wherever it shows them: on their seat, in the list of who is here,
 * and as the writer of each line ({@link LineView}). A student is named by their display name only
 * (the first name or pseudonym they gave; never an email address or username), a professional as
 * "Name (team)", a moderator as "Name (moderator)".
 *
 * <p>Each name costs a look-up, so a list is named with one map of the names found so far, keyed by
 * person, role and team.
 */
@ApplicationScoped
public class ChatNames {

    @Inject
    People people;

    @Inject
    Zones zones;

    @Inject
    Bookings bookings;

    /** How the Chat names someone in a role (and, for a professional, a team); {@code names} keeps the names found so far. */
    public String nameOf(String accountId, String role, String teamId, Map<String, String> names) {
        String key = key(accountId, role, teamId);
        String known = names.get(key);
        if (known != null) {
            return known;
        }
        String name = people.find(accountId).map(People.Person::name).filter(n -> !n.isBlank() && !n.contains("@")).orElse(null);
        String shown;
        if (ZonePlugin.STUDENT.equals(role)) {
            shown = name == null ? "A student" : name;
        } else if (ZonePlugin.PROFESSIONAL.equals(role)) {
            String team = teamId == null ? "" : names.computeIfAbsent("team|" + teamId,
                    id -> zones.team(teamId).map(found -> " (" + found.getName() + ")").orElse(""));
            shown = (name == null ? "A professional" : name) + team;
        } else {
            shown = (name == null ? "A moderator" : name) + " (moderator)";
        }
        names.put(key, shown);
        return shown;
    }

    /** A line as the Chat shows it. */
    public LineView view(ChatLine line) {
        return view(line, new HashMap<>());
    }

    /** A line just written, its writer named as their seat names them rather than looked up again. */
    public LineView view(ChatLine line, Seats.Seat writer) {
        Map<String, String> names = new HashMap<>();
        names.put(key(writer.accountId(), writer.role(), teamOf(writer.chatId(), writer.role(), names)), writer.name());
        return view(line, names);
    }

    /** Lines as the Chat shows them, in the order given, each writer looked up once. */
    public List<LineView> views(List<ChatLine> lines) {
        Map<String, String> names = new HashMap<>();
        List<LineView> views = new ArrayList<>();
        for (ChatLine line : lines) {
            views.add(view(line, names));
        }
        return views;
    }

    private LineView view(ChatLine line, Map<String, String> names) {
        String author = nameOf(line.getAuthorId(), line.getAuthorRole(), teamOf(line.getChatId(), line.getAuthorRole(), names), names);
        return new LineView(line.getId(), line.getChatId(), line.getAuthorId(), author, line.getAuthorRole(), line.getBody(),
                line.getStatus(), line.getHeldFor(), line.getClientKey(), line.getSentAt(), line.getModeratedBy(), line.getModeratedAt());
    }

    /** A professional writes as one of the Chat's team; nobody else's name carries a team. Each Chat's team is looked up once per list. */
    private String teamOf(String chatId, String role, Map<String, String> names) {
        return ZonePlugin.PROFESSIONAL.equals(role) ? names.computeIfAbsent("chat|" + chatId, id -> bookings.get(chatId).getTeamId()) : null;
    }

    private static String key(String accountId, String role, String teamId) {
        return accountId + "|" + role + "|" + teamId;
    }
}
