package org.wayfinder.zone.chat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.wayfinder.platform.spi.AccessDeniedException;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.People;
import org.wayfinder.platform.spi.ProgrammePlugins;
import org.wayfinder.platform.spi.RecordNotFoundException;
import org.wayfinder.platform.spi.Repository;
import org.wayfinder.platform.spi.RequiresRole;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.SendKeys;
import org.wayfinder.platform.spi.SignedInUser;
import org.wayfinder.platform.spi.TenantContext;
import org.wayfinder.platform.spi.safeguarding.ContactScreen;
import org.wayfinder.zone.ZonePlugin;
import org.wayfinder.zone.booking.Booking;
import org.wayfinder.zone.booking.Chat;
import org.wayfinder.zone.event.Team;

/**
 * A live Chat: who may be in it, its lines, and moderation.
 *
 * <ul>
 *   <li>In a Chat are the students of the schools whose booking of it stands (booked or took place),
 *       the professionals of its team in its Zone, and the programme's moderators. Nobody else, and
 *       never anyone of another programme (every query is the tenant's own).</li>
 *   <li>A line is 1 to 1000 characters and only while the Chat is live. It is stored before anyone
 *       is shown it ({@link ChatNews} reaches the sockets after the commit). The writer's browser
 *       names each line with a key of its own: a line sent again with the same key (after a lost
 *       connection) is stored once and acknowledged again.</li>
 *   <li>Every line passes the safeguarding {@link ContactScreen} with the programme's flagged
 *       phrases; a line with findings is held: its writer sees it as waiting, moderators see it with
 *       what was found, until a moderator releases or removes it. A moderator can remove any line
 *       and mute someone in a Chat. Each decision keeps who made it and when.</li>
 * </ul>
 */
@ApplicationScoped
public class ChatRoom extends Repository<ChatLine> {

    @Inject
    ContactScreen contactScreen;

    public static final int LONGEST = 1000;

    /**
     * Who someone is in one Chat.
     *
     * @param role     {@link ZonePlugin#STUDENT}, {@link ZonePlugin#PROFESSIONAL} or {@link Roles#MODERATOR}
     * @param schoolId a student's school, otherwise null
     * @param name     the name the Chat shows them by
     */
    public record Seat(String chatId, String accountId, String role, String schoolId, String name) {

        public boolean isModerator() {
            return Roles.MODERATOR.equals(role);
        }
    }

    /** The answer to a line sent: the line as stored, and whether it had been stored before (a resend). */
    public record Sent(LineView line, boolean again) {
    }

    /**
     * A Chat as the staff's list shows it.
     *
     * @param lines every line written, whatever became of it
     * @param held  lines waiting for a moderator
     */
    public record Summary(String chatId, String teamName, Instant startsAt, Instant endsAt, boolean live, long lines, long held,
                          long participants) {
    }

    /** Someone who has joined a Chat. */
    public record Present(String accountId, String name, String role, boolean muted) {
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    People people;

    @Inject
    ProgrammePlugins plugins;

    @Inject
    TenantContext tenantContext;

    @Inject
    Event<ChatNews> news;

    @Inject
    ChatWords words;

    public ChatRoom() {
        super(ChatLine.class);
    }

    @Override
    protected String describe() {
        return "Chat line";
    }

    /** The Chat with this id in this programme; {@link RecordNotFoundException} otherwise. */
    public Chat chat(String chatId) {
        Chat chat = chatId == null ? null : em().find(Chat.class, chatId);
        if (chat == null) {
            throw new RecordNotFoundException("Chat");
        }
        return chat;
    }

    /** A team's name, or "" when it is not this programme's. */
    public String teamName(String teamId) {
        Team team = teamId == null ? null : em().find(Team.class, teamId);
        return team == null ? "" : team.getName();
    }

    /** The signed-in person's place in the Chat, if they may be in it at all (live or not). */
    public Optional<Seat> seat(String chatId) {
        Optional<SignedInUser> user = currentUser.user();
        if (user.isEmpty() || user.get().apiToken() || chatId == null) {
            return Optional.empty();
        }
        Chat chat = em().find(Chat.class, chatId);
        if (chat == null || chat.isWithdrawn()) {
            return Optional.empty();
        }
        String me = user.get().accountId();
        if (user.get().hasRole(Roles.MODERATOR)) {
            return Optional.of(new Seat(chatId, me, Roles.MODERATOR, null, nameOf(me, Roles.MODERATOR, null, new HashMap<>())));
        }
        if (user.get().hasRole(ZonePlugin.PROFESSIONAL)) {
            boolean inTeam = !em().createQuery("SELECT p.id FROM Professional p WHERE p.zoneId = :zone AND p.accountId = :me"
                            + " AND p.teamId = :team", String.class)
                    .setParameter("zone", chat.getZoneId()).setParameter("me", me).setParameter("team", chat.getTeamId())
                    .setMaxResults(1).getResultList().isEmpty();
            if (inTeam) {
                return Optional.of(new Seat(chatId, me, ZonePlugin.PROFESSIONAL, null,
                        nameOf(me, ZonePlugin.PROFESSIONAL, chat.getTeamId(), new HashMap<>())));
            }
        }
        if (user.get().hasRole(ZonePlugin.STUDENT)) {
            List<String> schools = em().createQuery("SELECT s.schoolId FROM Student s WHERE s.zoneId = :zone AND s.accountId = :me"
                            + " AND EXISTS (SELECT b FROM Booking b WHERE b.chatId = :chat AND b.schoolId = s.schoolId"
                            + " AND b.status IN :standing)", String.class)
                    .setParameter("zone", chat.getZoneId()).setParameter("me", me).setParameter("chat", chatId)
                    .setParameter("standing", List.of(Booking.Status.BOOKED, Booking.Status.TOOK_PLACE)).setMaxResults(1).getResultList();
            if (!schools.isEmpty()) {
                return Optional.of(new Seat(chatId, me, ZonePlugin.STUDENT, schools.get(0),
                        nameOf(me, ZonePlugin.STUDENT, null, new HashMap<>())));
            }
        }
        return Optional.empty();
    }

    /** Whether the signed-in person may join this Chat now: for a "Join the Chat" button. */
    public boolean canJoinNow(String chatId, Instant now) {
        Optional<Seat> seat = seat(chatId);
        return seat.isPresent() && chat(chatId).isLive(now);
    }

    /** The signed-in person's seat; {@link AccessDeniedException} when they are not one of the Chat's people. */
    public Seat requireSeat(String chatId) {
        currentUser.require();
        chat(chatId);
        return seat(chatId).orElseThrow(() -> new AccessDeniedException("This Chat is for the classes that booked it, its team and the"
                + " moderators."));
    }

    /**
     * Joins the Chat: the person's seat, and while the Chat is live they are recorded (once) as having
     * joined it, which makes them active in the report. Refused to anyone without a seat.
     */
    public Seat enter(String chatId, Instant now) {
        Seat seat = requireSeat(chatId);
        Chat chat = chat(chatId);
        if (chat.isLive(now) && !joined(chatId, seat.accountId())) {
            people.lock(seat.accountId());
            if (!joined(chatId, seat.accountId())) {
                em().persist(new Participant(chatId, seat.accountId(), seat.role(), seat.schoolId(), now));
                news.fire(new ChatNews(tenantContext.tenantId(), chatId, ChatNews.Kind.JOINED, null, seat.accountId(), seat.name()));
            }
        }
        return seat;
    }

    private boolean joined(String chatId, String accountId) {
        return !em().createQuery("SELECT p.id FROM Participant p WHERE p.chatId = :chat AND p.accountId = :me", String.class)
                .setParameter("chat", chatId).setParameter("me", accountId).setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * Sends a line in a live Chat. A key already used by this person in this Chat answers with the
     * line stored then ({@link Sent#again()}), whatever the text now, so a resend is stored once.
     */
    public Sent send(String chatId, String clientKey, String text, Instant now) {
        // One person's sends happen one after another, on one instance or several, so a resend racing its first
        // sending finds it instead of colliding with it. (Should a resend still collide, because this transaction
        // read something before taking the lock, the unique key refuses the second row; the page sends it again
        // and is acknowledged with the stored line.)
        people.lock(currentUser.require().accountId());
        Seat seat = requireSeat(chatId);
        SendKeys.required(clientKey, "key");
        Optional<ChatLine> before = query("SELECT l FROM ChatLine l WHERE l.chatId = :chat AND l.clientKey = :key")
                .setParameter("chat", chatId).setParameter("key", clientKey).getResultStream().findFirst();
        if (before.isPresent()) {
            if (!before.get().getAuthorId().equals(seat.accountId())) {
                throw new InvalidInputException("key", "That key belongs to another line. Send the line again.");
            }
            LineView again = view(before.get(), new HashMap<>());
            // Told again: the instance that stored it may have stopped before its news reached everyone. Pages drop doubles by id.
            news.fire(new ChatNews(tenantContext.tenantId(), chatId, ChatNews.Kind.LINE, again, null, null));
            return new Sent(again, true);
        }
        if (!chat(chatId).isLive(now)) {
            throw new InvalidInputException("text", "This Chat is not on now, so lines cannot be sent.");
        }
        if (isMuted(chatId, seat.accountId())) {
            throw new InvalidInputException("text", "A moderator has paused your writing in this Chat. You can still read it.");
        }
        String body = text == null ? "" : text.strip();
        if (body.isEmpty() || body.length() > LONGEST) {
            throw new InvalidInputException("text", "Write a line of 1 to " + LONGEST + " characters.");
        }
        List<ContactScreen.Finding> found = contactScreen.screen(body, flaggedPhrases());
        String heldFor = found.isEmpty() ? null : cut(found.stream().map(finding -> finding.kind().description()).distinct()
                .collect(Collectors.joining(", ")), 200);
        ChatLine line = add(new ChatLine(chatId, seat.accountId(), seat.role(), seat.schoolId(), body, clientKey, now, heldFor));
        if (!joined(chatId, seat.accountId())) {
            em().persist(new Participant(chatId, seat.accountId(), seat.role(), seat.schoolId(), now));
        }
        LineView view = view(line, known(seat, line.getChatId()));
        news.fire(new ChatNews(tenantContext.tenantId(), chatId, ChatNews.Kind.LINE, view, null, null));
        return new Sent(view, false);
    }

    /**
     * The lines the signed-in person may see that were sent at or after a moment, oldest first: for
     * catching up after a reconnection (the page drops those it already has, by id).
     */
    public List<LineView> since(String chatId, Instant since) {
        Seat seat = requireSeat(chatId);
        List<ChatLine> lines = query("SELECT l FROM ChatLine l WHERE l.chatId = :chat AND l.sentAt >= :since ORDER BY l.sentAt, l.id")
                .setParameter("chat", chatId).setParameter("since", since == null ? Instant.EPOCH : since).getResultList();
        return visible(lines, seat.accountId(), seat.isModerator());
    }

    /**
     * A Chat's whole transcript, oldest first: for its people the lines shown (and their own held
     * ones); for moderators and owners every line, held and removed ones marked by their status.
     */
    public List<LineView> transcript(String chatId) {
        currentUser.require();
        chat(chatId);
        boolean staff = currentUser.hasAnyRole(Roles.MODERATOR, Roles.OWNER);
        String me = currentUser.require().accountId();
        if (!staff) {
            requireSeat(chatId);
        }
        List<ChatLine> lines = query("SELECT l FROM ChatLine l WHERE l.chatId = :chat ORDER BY l.sentAt, l.id").setParameter("chat", chatId)
                .getResultList();
        return visible(lines, me, staff);
    }

    /** The columns of {@link #transcriptRows}. */
    public static final List<String> TRANSCRIPT_COLUMNS = List.of("sent at (UTC)", "writer", "role", "status", "held for",
            "moderated at (UTC)", "text");

    /**
     * The transcript as a table to download (time in UTC, writer, role, status, what the screen
     * found, text): for moderators and owners, with held and removed lines marked.
     */
    @RequiresRole({Roles.MODERATOR, Roles.OWNER})
    public List<List<String>> transcriptRows(String chatId) {
        return transcript(chatId).stream().map(line -> List.of(line.sentAt().toString(), line.author(), line.role(),
                line.status().name().toLowerCase(java.util.Locale.ROOT), line.heldFor() == null ? "" : line.heldFor(),
                line.moderatedAt() == null ? "" : line.moderatedAt().toString(), line.body())).toList();
    }

    /**
     * The programme's Chats for moderators and owners: those on now and those with lines waiting for
     * a moderator first, then the latest; at most 200, with counts read in three grouped queries.
     */
    @RequiresRole({Roles.MODERATOR, Roles.OWNER})
    public List<Summary> overview(Instant now) {
        List<Chat> chats = em().createQuery("SELECT c FROM Chat c WHERE c.withdrawn = FALSE ORDER BY c.startsAt DESC, c.id", Chat.class)
                .setMaxResults(200).getResultList();
        Map<String, Long> lines = counts("SELECT l.chatId, COUNT(l) FROM ChatLine l GROUP BY l.chatId", null);
        Map<String, Long> held = counts("SELECT l.chatId, COUNT(l) FROM ChatLine l WHERE l.status = :status GROUP BY l.chatId",
                ChatLine.Status.HELD);
        Map<String, Long> joined = counts("SELECT p.chatId, COUNT(p) FROM Participant p GROUP BY p.chatId", null);
        Map<String, String> teams = new HashMap<>();
        List<Summary> summaries = new ArrayList<>();
        for (Chat chat : chats) {
            String team = teams.computeIfAbsent(chat.getTeamId(), this::teamName);
            summaries.add(new Summary(chat.getId(), team, chat.getStartsAt(), chat.getEndsAt(), chat.isLive(now),
                    lines.getOrDefault(chat.getId(), 0L), held.getOrDefault(chat.getId(), 0L), joined.getOrDefault(chat.getId(), 0L)));
        }
        summaries.sort(java.util.Comparator.comparing((Summary summary) -> !(summary.live() || summary.held() > 0)));
        return summaries;
    }

    private Map<String, Long> counts(String jpql, ChatLine.Status status) {
        jakarta.persistence.TypedQuery<Object[]> query = em().createQuery(jpql, Object[].class);
        if (status != null) {
            query.setParameter("status", status);
        }
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    /** Lines waiting for a moderator in a Chat, oldest first. */
    @RequiresRole(Roles.MODERATOR)
    public List<LineView> held(String chatId) {
        List<ChatLine> lines = query("SELECT l FROM ChatLine l WHERE l.chatId = :chat AND l.status = :held ORDER BY l.sentAt, l.id")
                .setParameter("chat", chatId).setParameter("held", ChatLine.Status.HELD).getResultList();
        return visible(lines, null, true);
    }

    /** Shows a held line to everyone. */
    @RequiresRole(Roles.MODERATOR)
    public LineView release(String lineId, Instant now) {
        ChatLine line = get(lineId);
        if (line.getStatus() != ChatLine.Status.HELD) {
            throw new InvalidInputException("line", line.getStatus() == ChatLine.Status.SHOWN ? "This line is already shown."
                    : "This line has been removed.");
        }
        return decide(line, ChatLine.Status.SHOWN, now);
    }

    /** Takes a line (shown or held) out of the Chat for everyone but the moderators. */
    @RequiresRole(Roles.MODERATOR)
    public LineView remove(String lineId, Instant now) {
        ChatLine line = get(lineId);
        if (line.getStatus() == ChatLine.Status.REMOVED) {
            throw new InvalidInputException("line", "This line has already been removed.");
        }
        return decide(line, ChatLine.Status.REMOVED, now);
    }

    private LineView decide(ChatLine line, ChatLine.Status outcome, Instant now) {
        line.moderate(outcome, currentUser.require().accountId(), now);
        em().flush();
        Chat chat = chat(line.getChatId());
        if (chat.getWordsCountedAt() != null) {
            words.recount(chat.getId(), now);
        }
        LineView view = view(line, new HashMap<>());
        news.fire(new ChatNews(tenantContext.tenantId(), line.getChatId(), ChatNews.Kind.LINE, view, null, null));
        return view;
    }

    /** Stops someone writing in this Chat until unmuted; muting someone already muted changes nothing. */
    @RequiresRole(Roles.MODERATOR)
    public void mute(String chatId, String accountId) {
        chat(chatId);
        if (accountId == null || accountId.equals(currentUser.require().accountId())) {
            throw new InvalidInputException("account", "Choose someone else to mute.");
        }
        if (!isMuted(chatId, accountId)) {
            em().persist(new Mute(chatId, accountId, currentUser.require().accountId()));
            news.fire(new ChatNews(tenantContext.tenantId(), chatId, ChatNews.Kind.MUTED, null, accountId, null));
        }
    }

    /** Lets a muted person write again. */
    @RequiresRole(Roles.MODERATOR)
    public void unmute(String chatId, String accountId, Instant now) {
        chat(chatId);
        List<Mute> mutes = em().createQuery("SELECT m FROM Mute m WHERE m.chatId = :chat AND m.accountId = :who AND m.liftedAt IS NULL",
                Mute.class).setParameter("chat", chatId).setParameter("who", accountId).getResultList();
        mutes.forEach(mute -> mute.lift(now));
        if (!mutes.isEmpty()) {
            news.fire(new ChatNews(tenantContext.tenantId(), chatId, ChatNews.Kind.UNMUTED, null, accountId, null));
        }
    }

    public boolean isMuted(String chatId, String accountId) {
        return !em().createQuery("SELECT m.id FROM Mute m WHERE m.chatId = :chat AND m.accountId = :who AND m.liftedAt IS NULL",
                        String.class).setParameter("chat", chatId).setParameter("who", accountId).setMaxResults(1).getResultList()
                .isEmpty();
    }

    /** Who has joined the Chat, by name, with whether they are muted: for everyone in it. */
    public List<Present> participants(String chatId) {
        requireSeatOrStaff(chatId);
        Chat chat = chat(chatId);
        List<Participant> joined = em().createQuery("SELECT p FROM Participant p WHERE p.chatId = :chat ORDER BY p.joinedAt, p.id",
                Participant.class).setParameter("chat", chatId).getResultList();
        List<String> muted = em().createQuery("SELECT m.accountId FROM Mute m WHERE m.chatId = :chat AND m.liftedAt IS NULL", String.class)
                .setParameter("chat", chatId).getResultList();
        Map<String, String> names = new HashMap<>();
        List<Present> present = new ArrayList<>();
        for (Participant p : joined) {
            present.add(new Present(p.getAccountId(), nameOf(p.getAccountId(), p.getRole(), chat.getTeamId(), names), p.getRole(),
                    muted.contains(p.getAccountId())));
        }
        return present;
    }

    private void requireSeatOrStaff(String chatId) {
        currentUser.require();
        if (!currentUser.hasAnyRole(Roles.MODERATOR, Roles.OWNER)) {
            requireSeat(chatId);
        }
    }

    private List<LineView> visible(List<ChatLine> lines, String me, boolean moderator) {
        Map<String, String> names = new HashMap<>();
        List<LineView> views = new ArrayList<>();
        for (ChatLine line : lines) {
            if (moderator || line.getStatus() == ChatLine.Status.SHOWN
                    || line.getStatus() == ChatLine.Status.HELD && line.getAuthorId().equals(me)) {
                views.add(view(line, names));
            }
        }
        return views;
    }

    /** The names already known, keyed as {@link #nameOf} keeps them: the writer's own, from their seat. */
    private Map<String, String> known(Seat seat, String chatId) {
        String teamId = ZonePlugin.PROFESSIONAL.equals(seat.role()) ? chat(chatId).getTeamId() : null;
        Map<String, String> names = new HashMap<>();
        names.put(seat.accountId() + "|" + seat.role() + "|" + teamId, seat.name());
        return names;
    }

    private LineView view(ChatLine line, Map<String, String> names) {
        String teamId = ZonePlugin.PROFESSIONAL.equals(line.getAuthorRole()) ? chat(line.getChatId()).getTeamId() : null;
        return new LineView(line.getId(), line.getChatId(), line.getAuthorId(), nameOf(line.getAuthorId(), line.getAuthorRole(), teamId, names),
                line.getAuthorRole(), line.getBody(), line.getStatus(), line.getHeldFor(), line.getClientKey(), line.getSentAt(),
                line.getModeratedBy(), line.getModeratedAt());
    }

    /**
     * How the Chat names someone: a student by their display name only (the first name or pseudonym
     * they gave; never an email address or username), a professional as "Name (team)", a moderator as
     * "Name (moderator)".
     */
    String nameOf(String accountId, String role, String teamId, Map<String, String> names) {
        String key = accountId + "|" + role + "|" + teamId;
        String known = names.get(key);
        if (known != null) {
            return known;
        }
        String name = people.find(accountId).map(People.Person::name).filter(n -> !n.isBlank() && !n.contains("@")).orElse(null);
        String shown;
        if (ZonePlugin.STUDENT.equals(role)) {
            shown = name == null ? "A student" : name;
        } else if (ZonePlugin.PROFESSIONAL.equals(role)) {
            Team team = teamId == null ? null : em().find(Team.class, teamId);
            shown = (name == null ? "A professional" : name) + (team == null ? "" : " (" + team.getName() + ")");
        } else {
            shown = (name == null ? "A moderator" : name) + " (moderator)";
        }
        names.put(key, shown);
        return shown;
    }

    private List<String> flaggedPhrases() {
        String phrases = plugins.settings(ZonePlugin.ID).text(ZonePlugin.FLAGGED_PHRASES);
        return phrases == null ? List.of() : Arrays.stream(phrases.split(",")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
