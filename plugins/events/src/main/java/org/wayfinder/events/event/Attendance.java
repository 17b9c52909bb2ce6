package org.wayfinder.events.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.People;
import org.wayfinder.platform.spi.RecordNotFoundException;
import org.wayfinder.platform.spi.Repository;
import org.wayfinder.platform.spi.RequiresRole;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.SignedInUser;
import org.wayfinder.platform.spi.audit.AuditTrail;

/**
 * Who came to each session, taken by staff on a phone: a list of the places booked with one tap
 * each (a count for a class), or a code staff show at the session that people with a place type to
 * check themselves in. Attendance is recorded from an hour before a session starts until
 * {@link #STAYS_OPEN} after it ends (a register filled in on the way home), for places still booked
 * at a published event; recording again changes the row, so a tap by mistake is undone by another.
 */
@ApplicationScoped
public class Attendance extends Repository<EventAttendance> {

    /** The audit trail's actions. */
    public static final String RECORDED = "events.attendance.recorded";
    public static final String CODE_SHOWN = "events.attendance.code-shown";
    public static final String CHECKED_IN = "events.attendance.checked-in";
    public static final String RECORD_TYPE = "event-booking";

    /** How long before a session starts attendance opens (people arrive early). */
    public static final Duration OPENS_BEFORE = Duration.ofHours(1);

    /** How long after a session ends staff may still record who came. */
    public static final Duration STAYS_OPEN = Duration.ofDays(14);

    /** How long after a session ends its code still checks people in (they type it as they leave). */
    public static final Duration CODE_AFTER_END = Duration.ofMinutes(30);

    /**
     * Letters and digits of a code, without those read as each other (0 and O, 1 and I and L): six of
     * them make about 700 million codes, so guessing one is not a way in.
     */
    static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int CODE_LENGTH = 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A session staff may take attendance for, with its event and its number among the event's sessions. */
    public record Sitting(Event event, EventSession session, int number, int of) implements Serializable {

        /** "Session 2 of 3", or empty for an event of one session. */
        public String label() {
            return of == 1 ? "" : "Session " + number + " of " + of;
        }
    }

    /** A booked place (or a class's places) on a session's register, with who came as recorded so far. */
    public record Line(EventBooking booking, String name, int present, boolean recorded, boolean byCode) implements Serializable {
    }

    /** A session's register: every booking that holds places, by name, and who came. */
    public record Register(Sitting sitting, List<Line> lines) implements Serializable {

        public int places() {
            return lines.stream().mapToInt(line -> line.booking().getPlaces()).sum();
        }

        public int present() {
            return lines.stream().mapToInt(Line::present).sum();
        }
    }

    /**
     * One of the signed-in person's bookings at an event that has begun, with how many of its sessions
     * have been held so far and how many they (or, for a class, any of its places) came to.
     */
    public record Attended(Events.Scheduled scheduled, EventBooking booking, int held, int attended) implements Serializable {

        /** Whether they came to at least one session: what a certificate and feedback need. */
        public boolean came() {
            return attended > 0;
        }
    }

    @Inject
    Events events;

    @Inject
    EventBookings bookings;

    @Inject
    CurrentUser currentUser;

    @Inject
    People people;

    @Inject
    AuditTrail audit;

    public Attendance() {
        super(EventAttendance.class);
    }

    @Override
    protected String describe() {
        return "Attendance";
    }

    /**
     * The sessions of published events staff may take attendance for now: starting within the next
     * day, on now, or ended within {@link #STAYS_OPEN}; those on now or next first, then the latest
     * ended.
     */
    @RequiresRole({Roles.MODERATOR, Roles.OWNER})
    public List<Sitting> sittings(Instant now) {
        List<Sitting> sittings = new ArrayList<>();
        // Only the events with a session in the window: a programme's past years of events are not read each time.
        List<Event> withSessionNow = em().createQuery("SELECT e FROM Event e WHERE e.status = :published AND EXISTS (SELECT s FROM"
                        + " EventSession s WHERE s.eventId = e.id AND s.startsAt < :until AND s.endsAt > :since)", Event.class)
                .setParameter("published", Event.Status.PUBLISHED).setParameter("until", now.plus(Duration.ofDays(1)))
                .setParameter("since", now.minus(STAYS_OPEN)).getResultList();
        for (Events.Scheduled scheduled : events.scheduled(withSessionNow)) {
            List<EventSession> sessions = scheduled.sessions();
            for (int i = 0; i < sessions.size(); i++) {
                EventSession session = sessions.get(i);
                if (session.getStartsAt().isBefore(now.plus(Duration.ofDays(1))) && session.getEndsAt().plus(STAYS_OPEN).isAfter(now)) {
                    sittings.add(new Sitting(scheduled.event(), session, i + 1, sessions.size()));
                }
            }
        }
        // On now or coming first, soonest first; then those ended, the latest first.
        sittings.sort(Comparator.comparing((Sitting sitting) -> sitting.session().ended(now))
                .thenComparingLong(sitting -> sitting.session().ended(now) ? -sitting.session().getEndsAt().toEpochMilli()
                        : sitting.session().getStartsAt().toEpochMilli())
                .thenComparing(sitting -> sitting.event().getTitle()));
        return sittings;
    }

    /** A session's register, for staff: its places still booked, by name, with who came. */
    @RequiresRole({Roles.MODERATOR, Roles.OWNER})
    public Register register(String sessionId) {
        Sitting sitting = sitting(sessionId);
        List<EventBooking> booked = bookings.booked(sitting.event().getId());
        Map<String, EventAttendance> recorded = new HashMap<>();
        query("SELECT a FROM EventAttendance a WHERE a.sessionId = :session").setParameter("session", sessionId).getResultList()
                .forEach(row -> recorded.put(row.getBookingId(), row));
        List<Line> lines = new ArrayList<>();
        for (EventBooking booking : booked) {
            EventAttendance row = recorded.get(booking.getId());
            String name = people.find(booking.getAccountId()).map(People.Person::name).orElse("Someone who left");
            lines.add(new Line(booking, booking.isForClass() ? booking.getClassName() + " (" + name + ")" : name,
                    row == null ? 0 : row.getPresent(), row != null, row != null && row.isByCode()));
        }
        lines.sort(Comparator.comparing(Line::name, String.CASE_INSENSITIVE_ORDER));
        return new Register(sitting, lines);
    }

    /**
     * Records how many of a booking's places came to a session (0 or 1 for a person's own place, up to
     * the class's places), by staff.
     */
    @RequiresRole({Roles.MODERATOR, Roles.OWNER})
    public EventAttendance mark(String sessionId, String bookingId, int present, Instant now) {
        Sitting sitting = sitting(sessionId);
        EventBooking booking = bookings.get(bookingId);
        if (!booking.getEventId().equals(sitting.event().getId())) {
            throw new RecordNotFoundException("Booking");
        }
        open(sitting, now);
        if (present < 0 || present > booking.getPlaces()) {
            throw new InvalidInputException("present", booking.isForClass() ? "Enter how many of the class came, from 0 to "
                    + booking.getPlaces() + "." : "A place is either here or not.");
        }
        return record(sitting, booking, present, now, false);
    }

    /**
     * The session's check-in code, made when staff first ask for it and kept until
     * {@link #CODE_AFTER_END} after the session ends, so that every member of staff shows the same
     * one.
     */
    @RequiresRole({Roles.MODERATOR, Roles.OWNER})
    public EventSession showCode(String sessionId, Instant now) {
        Sitting sitting = sitting(sessionId);
        open(sitting, now);
        EventSession session = sitting.session();
        em().refresh(session, LockModeType.PESSIMISTIC_WRITE);
        if (session.getCode() == null || !session.getCodeUntil().isAfter(now)) {
            if (!session.getEndsAt().plus(CODE_AFTER_END).isAfter(now)) {
                throw new InvalidInputException("session", "This session has ended: tick who came on the list instead.");
            }
            StringBuilder code = new StringBuilder();
            for (int i = 0; i < CODE_LENGTH; i++) {
                code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
            }
            session.showCode(code.toString(), session.getEndsAt().plus(CODE_AFTER_END));
            audit.record(CODE_SHOWN, Events.RECORD_TYPE, sitting.event().getId(), sitting.label());
        }
        return session;
    }

    /**
     * Checks the signed-in person in to the session showing this code, with their own place at its
     * event: what they type as they arrive. A class's places are counted by staff on the list.
     *
     * @return the session they are checked in to
     */
    public Sitting checkIn(String typed, Instant now) {
        SignedInUser me = currentUser.require();
        String code = typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            throw new InvalidInputException("code", "Type the code staff show at the session.");
        }
        List<EventSession> showing = code.length() != CODE_LENGTH ? List.of() : em().createQuery("SELECT s FROM EventSession s"
                + " WHERE s.code = :code AND s.codeUntil > :now AND s.startsAt <= :opens AND s.endsAt > :endedSince", EventSession.class)
                .setParameter("code", code).setParameter("now", now).setParameter("opens", now.plus(OPENS_BEFORE))
                .setParameter("endedSince", now.minus(CODE_AFTER_END)).getResultList();
        if (showing.isEmpty()) {
            throw new InvalidInputException("code", "That code is not right, or its session is not on now. Check it with the staff.");
        }
        for (EventSession session : showing) {
            Sitting sitting = sitting(session.getId());
            if (sitting.event().getStatus() != Event.Status.PUBLISHED) {
                continue;
            }
            for (EventBooking booking : bookings.booked(sitting.event().getId())) {
                if (booking.getAccountId().equals(me.accountId()) && !booking.isForClass()) {
                    record(sitting, booking, 1, now, true);
                    return sitting;
                }
            }
        }
        throw new InvalidInputException("code", "You have no place booked at this session's event. Ask the staff to add you.");
    }

    /**
     * The signed-in person's places still booked at published events that have begun, latest first,
     * with how many sessions were held and how many they came to.
     */
    public List<Attended> mine(Instant now) {
        SignedInUser me = currentUser.require();
        // Their places and the events, in one query; most people have none at an event begun, and then it is the only one.
        List<Object[]> rows = em().createQuery("SELECT b, e FROM EventBooking b, Event e WHERE b.accountId = :me AND b.status = :booked"
                        + " AND e.id = b.eventId AND e.status = :published AND EXISTS (SELECT s FROM EventSession s WHERE s.eventId = e.id"
                        + " AND s.startsAt <= :now)", Object[].class)
                .setParameter("me", me.accountId()).setParameter("booked", EventBooking.Status.BOOKED)
                .setParameter("published", Event.Status.PUBLISHED).setParameter("now", now).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<EventBooking> mine = rows.stream().map(row -> (EventBooking) row[0]).toList();
        Map<String, Events.Scheduled> scheduled = new HashMap<>();
        events.scheduled(rows.stream().map(row -> (Event) row[1]).distinct().toList()).forEach(one -> scheduled.put(one.event().getId(), one));
        Map<String, Map<String, Integer>> present = presentFor(mine.stream().map(EventBooking::getId).toList());
        List<Attended> attended = new ArrayList<>();
        for (EventBooking booking : mine) {
            Events.Scheduled one = scheduled.get(booking.getEventId());
            List<EventSession> held = one.sessions().stream().filter(session -> session.started(now)).toList();
            if (held.isEmpty()) {
                continue;
            }
            Map<String, Integer> came = present.getOrDefault(booking.getId(), Map.of());
            attended.add(new Attended(one, booking, held.size(),
                    (int) held.stream().filter(session -> came.getOrDefault(session.getId(), 0) > 0).count()));
        }
        attended.sort(Comparator.comparing((Attended one) -> one.scheduled().startsAt()).reversed());
        return attended;
    }

    /** For each of these bookings, the places present at each session they were recorded for: booking, then session, then places. */
    public Map<String, Map<String, Integer>> presentFor(List<String> bookingIds) {
        Map<String, Map<String, Integer>> present = new HashMap<>();
        if (!bookingIds.isEmpty()) {
            query("SELECT a FROM EventAttendance a WHERE a.bookingId IN :bookings").setParameter("bookings", bookingIds).getResultList()
                    .forEach(row -> present.computeIfAbsent(row.getBookingId(), key -> new HashMap<>()).put(row.getSessionId(), row.getPresent()));
        }
        return present;
    }

    private EventAttendance record(Sitting sitting, EventBooking booking, int present, Instant now, boolean byCode) {
        // Two members of staff tapping the same name at once, or a tap and the person's code: one after the other.
        em().refresh(booking, LockModeType.PESSIMISTIC_WRITE);
        if (booking.getStatus() != EventBooking.Status.BOOKED) {
            throw new InvalidInputException("booking", "This booking is " + booking.getStatus().label().toLowerCase()
                    + ": only places still booked are on the register.");
        }
        EventAttendance row = query("SELECT a FROM EventAttendance a WHERE a.sessionId = :session AND a.bookingId = :booking")
                .setParameter("session", sitting.session().getId()).setParameter("booking", booking.getId()).getResultStream().findFirst()
                .orElse(null);
        String by = currentUser.require().accountId();
        if (row == null) {
            row = add(new EventAttendance(sitting.session().getId(), booking.getId(), present, by, now, byCode));
        } else {
            row.record(present, by, now, byCode);
        }
        audit.record(byCode ? CHECKED_IN : RECORDED, RECORD_TYPE, booking.getId(), (sitting.label().isEmpty() ? "" : sitting.label() + ": ")
                + present + (booking.isForClass() ? " of " + booking.getPlaces() + " present" : present == 1 ? " present" : " absent"));
        return row;
    }

    private void open(Sitting sitting, Instant now) {
        EventSession session = sitting.session();
        if (sitting.event().getStatus() != Event.Status.PUBLISHED) {
            throw new InvalidInputException("session", "This event is " + sitting.event().getStatus().label().toLowerCase()
                    + ": there is no attendance to take.");
        }
        if (session.getStartsAt().minus(OPENS_BEFORE).isAfter(now)) {
            throw new InvalidInputException("session", "Attendance opens an hour before the session starts.");
        }
        if (!session.getEndsAt().plus(STAYS_OPEN).isAfter(now)) {
            throw new InvalidInputException("session", "Attendance closed " + STAYS_OPEN.toDays() + " days after the session ended.");
        }
    }

    /** The session with its event and number, or 404 (another programme's session is not found). */
    private Sitting sitting(String sessionId) {
        EventSession session = sessionId == null ? null : em().createQuery("SELECT s FROM EventSession s WHERE s.id = :id", EventSession.class)
                .setParameter("id", sessionId).getResultStream().findFirst().orElse(null);
        if (session == null) {
            throw new RecordNotFoundException("Session");
        }
        Event event = events.get(session.getEventId());
        List<EventSession> all = events.sessionsOf(event.getId());
        return new Sitting(event, session, all.indexOf(session) + 1, all.size());
    }
}
