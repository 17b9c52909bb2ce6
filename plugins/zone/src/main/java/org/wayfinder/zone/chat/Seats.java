package org.wayfinder.zone.chat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wayfinder.platform.spi.AccessDeniedException;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.People;
import org.wayfinder.platform.spi.Repository;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.SignedInUser;
import org.wayfinder.platform.spi.web.PerRequest;
import org.wayfinder.platform.spi.TenantContext;
import org.wayfinder.platform.spi.journey.JourneySteps;
import org.wayfinder.zone.ZonePlugin;
import org.wayfinder.zone.booking.Booking;
import org.wayfinder.zone.booking.Bookings;
import org.wayfinder.zone.booking.Chat;

/**
 * Who may be in a Chat, and their joining it.
 *
 * <p>In a Chat are the students of the schools whose booking of it stands (booked or took place),
 * the professionals of its team in its Zone, and the programme's moderators. Nobody else, and never
 * anyone of another programme (every query is the tenant's own). Joining a live Chat records the
 * person once as a {@link Participant}, which makes them active in the report; a student's first
 * joining also finishes their journey's {@link JoinAChat} step, in the same transaction.
 */
@ApplicationScoped
public class Seats extends Repository<Participant> {

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

    /** Someone who has joined a Chat. */
    public record Present(String accountId, String name, String role, boolean muted) {
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    People people;

    @Inject
    TenantContext tenantContext;

    @Inject
    Event<ChatNews> news;

    @Inject
    Bookings bookings;

    @Inject
    ChatNames names;

    @Inject
    Moderation moderation;

    @Inject
    JourneySteps journeySteps;

    /** Seats as worked out in this request (a seat is a value: who, as what, for which school). */
    private final PerRequest seatsThisRequest = new PerRequest();

    public Seats() {
        super(Participant.class);
    }

    /**
     * The signed-in person's place in the Chat, if they may be in it at all (live or not). Worked out
     * once per request and person: the Chat page, its transcript and its list of who is here each ask.
     */
    public Optional<Seat> seat(String chatId) {
        Optional<SignedInUser> user = currentUser.user();
        if (user.isEmpty() || user.get().apiToken() || chatId == null) {
            return Optional.empty();
        }
        return seatsThisRequest.get(chatId + " " + user.get().accountId() + " " + user.get().roles(), () -> seatOf(chatId, user));
    }

    private Optional<Seat> seatOf(String chatId, Optional<SignedInUser> user) {
        Chat chat = bookings.find(chatId).orElse(null);
        if (chat == null || chat.isWithdrawn()) {
            return Optional.empty();
        }
        String me = user.get().accountId();
        if (user.get().hasRole(Roles.MODERATOR)) {
            return Optional.of(new Seat(chatId, me, Roles.MODERATOR, null, names.nameOf(me, Roles.MODERATOR, null, new HashMap<>())));
        }
        if (user.get().hasRole(ZonePlugin.PROFESSIONAL)) {
            boolean inTeam = !em().createQuery("SELECT p.id FROM Professional p WHERE p.zoneId = :zone AND p.accountId = :me"
                            + " AND p.teamId = :team", String.class)
                    .setParameter("zone", chat.getZoneId()).setParameter("me", me).setParameter("team", chat.getTeamId())
                    .setMaxResults(1).getResultList().isEmpty();
            if (inTeam) {
                return Optional.of(new Seat(chatId, me, ZonePlugin.PROFESSIONAL, null,
                        names.nameOf(me, ZonePlugin.PROFESSIONAL, chat.getTeamId(), new HashMap<>())));
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
                        names.nameOf(me, ZonePlugin.STUDENT, null, new HashMap<>())));
            }
        }
        return Optional.empty();
    }

    /** Whether the signed-in person may join this Chat now: for a "Join the Chat" button. */
    public boolean canJoinNow(String chatId, Instant now) {
        Optional<Seat> seat = seat(chatId);
        return seat.isPresent() && bookings.get(chatId).isLive(now);
    }

    /** The signed-in person's seat; {@link AccessDeniedException} when they are not one of the Chat's people. */
    public Seat requireSeat(String chatId) {
        currentUser.require();
        bookings.get(chatId);
        return seat(chatId).orElseThrow(() -> new AccessDeniedException("This Chat is for the classes that booked it, its team and the"
                + " moderators."));
    }

    /**
     * Joins the Chat: the person's seat, and while the Chat is live they are recorded (once) as having
     * joined it, which makes them active in the report. Refused to anyone without a seat.
     */
    public Seat enter(String chatId, Instant now) {
        Seat seat = requireSeat(chatId);
        Chat chat = bookings.get(chatId);
        if (chat.isLive(now) && !joined(chatId, seat.accountId())) {
            people.lock(seat.accountId());
            if (!joined(chatId, seat.accountId())) {
                joins(seat, now);
                news.fire(new ChatNews(tenantContext.tenantId(), chatId, ChatNews.Kind.JOINED, null, seat.accountId(), seat.name()));
            }
        }
        return seat;
    }

    /**
     * Records someone who has written a line as having joined the Chat, if that is not recorded yet,
     * so that everyone who wrote counts as active in the report. Unlike {@link #enter}, nobody is
     * told. The caller holds the writer's {@link People#lock}, as {@link ChatLines#send} does.
     */
    public void recordWriter(Seat writer, Instant now) {
        if (!joined(writer.chatId(), writer.accountId())) {
            joins(writer, now);
        }
    }

    /** Records the seat's person as having joined; a student's joining finishes their "join your Chat" step. */
    private void joins(Seat seat, Instant now) {
        add(new Participant(seat.chatId(), seat.accountId(), seat.role(), seat.schoolId(), now));
        if (ZonePlugin.STUDENT.equals(seat.role())) {
            journeySteps.complete(seat.accountId(), JoinAChat.ID);
        }
    }

    /** Whether this person has joined a Chat of the programme as a student: for {@link JoinAChat}. One query. */
    public boolean hasJoinedAsStudent(String accountId) {
        return accountId != null && !em().createQuery("SELECT p.id FROM Participant p WHERE p.accountId = :me AND p.role = :student",
                        String.class)
                .setParameter("me", accountId).setParameter("student", ZonePlugin.STUDENT).setMaxResults(1).getResultList().isEmpty();
    }

    private boolean joined(String chatId, String accountId) {
        return !em().createQuery("SELECT p.id FROM Participant p WHERE p.chatId = :chat AND p.accountId = :me", String.class)
                .setParameter("chat", chatId).setParameter("me", accountId).setMaxResults(1).getResultList().isEmpty();
    }

    /** Who has joined the Chat, by name, with whether they are muted: for everyone in it. */
    public List<Present> participants(String chatId) {
        currentUser.require();
        if (!currentUser.hasAnyRole(Roles.MODERATOR, Roles.OWNER)) {
            requireSeat(chatId);
        }
        Chat chat = bookings.get(chatId);
        List<Participant> joined = query("SELECT p FROM Participant p WHERE p.chatId = :chat ORDER BY p.joinedAt, p.id")
                .setParameter("chat", chatId).getResultList();
        List<String> muted = moderation.muted(chatId);
        Map<String, String> known = new HashMap<>();
        List<Present> present = new ArrayList<>();
        for (Participant p : joined) {
            present.add(new Present(p.getAccountId(), names.nameOf(p.getAccountId(), p.getRole(), chat.getTeamId(), known), p.getRole(),
                    muted.contains(p.getAccountId())));
        }
        return present;
    }
}
