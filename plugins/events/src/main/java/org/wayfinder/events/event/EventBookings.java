package org.wayfinder.events.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wayfinder.events.EventsPlugin;
import org.wayfinder.platform.spi.AccessDeniedException;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.FieldError;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.Mail;
import org.wayfinder.platform.spi.People;
import org.wayfinder.platform.spi.ProgrammePlugins;
import org.wayfinder.platform.spi.Repository;
import org.wayfinder.platform.spi.RequiresRole;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.SendKeys;
import org.wayfinder.platform.spi.SignedInUser;
import org.wayfinder.platform.spi.Tick;
import org.wayfinder.platform.spi.audit.AuditTrail;
import org.wayfinder.platform.spi.form.SubmittedAnswers;
import org.wayfinder.platform.spi.journey.JourneySteps;
import org.wayfinder.platform.spi.web.Dates;

/**
 * Booking events: a place for oneself (students, parents and carers, as the event allows), places
 * for a class (teachers), or an application where staff decide. An event never has more places
 * booked than it has: every booking, cancellation, decision and change of places of one event locks
 * the event's row first, so they happen one after the other on any number of instances. A booking
 * that does not fit, or that would go ahead of someone already waiting, waits; when places free, the
 * waiting list moves up by itself, strictly in the order people asked, as far as the places go.
 */
@ApplicationScoped
public class EventBookings extends Repository<EventBooking> {

    /** The audit trail's actions. */
    public static final String BOOKED = "events.booking.made";
    public static final String CANCELLED = "events.booking.cancelled";
    public static final String MOVED_UP = "events.booking.moved-up";
    public static final String ACCEPTED = "events.application.accepted";
    public static final String DECLINED = "events.application.declined";
    public static final String RECORD_TYPE = "event-booking";

    /** The journey step types done by booking ({@code EventSteps}). */
    public static final String STEP_BOOK = "events-book-an-event";
    public static final String STEP_WORK_EXPERIENCE = "events-apply-for-work-experience";

    /** What an event's kind says for it to count as work experience, in any case. */
    static final String WORK_EXPERIENCE = "work experience";

    /** How an event stands for booking: places, how many are booked and waiting. */
    public record Places(int capacity, int booked, int waiting) implements Serializable {

        public int free() {
            return Math.max(0, capacity - booked);
        }

        public boolean full() {
            return free() == 0;
        }
    }

    /** An event as a person who may book it sees it, with their own bookings of it. */
    public record Bookable(Events.Scheduled scheduled, Places places, boolean asPerson, boolean forClass, List<EventBooking> mine)
            implements Serializable {

        /** Whether they have a place of their own (not a class's) that still stands: booked, waiting or applied. */
        public boolean hasOwnPlace() {
            return mine.stream().anyMatch(booking -> booking.getClassName() == null && booking.getStatus().standing());
        }
    }

    /** A booking with its event's title and the person's name, for staff and owners; answers to the application form, if it asked one. */
    public record Row(EventBooking booking, String eventTitle, String personName, List<Answer> answers) implements Serializable {

        public Row(EventBooking booking, String eventTitle, String personName) {
            this(booking, eventTitle, personName, List.of());
        }
    }

    /** One question of an application form and what the person answered. */
    public record Answer(String question, String answer) implements Serializable {
    }

    @Inject
    Events events;

    @Inject
    CurrentUser currentUser;

    @Inject
    People people;

    @Inject
    ProgrammePlugins plugins;

    @Inject
    AuditTrail audit;

    @Inject
    Dates dates;

    @Inject
    jakarta.enterprise.event.Event<Mail> mail;

    @Inject
    JourneySteps journeySteps;

    @Inject
    SubmittedAnswers submittedAnswers;

    public EventBookings() {
        super(EventBooking.class);
    }

    @Override
    protected String describe() {
        return "Booking";
    }

    /** The published events still to come that the signed-in person may book, soonest first, with their places and own bookings. */
    public List<Bookable> bookable(Instant now) {
        SignedInUser me = currentUser.require();
        boolean student = holdsAny(me, EventsPlugin.STUDENT_ROLES);
        boolean parent = me.roles().contains(EventsPlugin.PARENT);
        boolean teacher = holdsAny(me, EventsPlugin.TEACHER_ROLES);
        List<Events.Scheduled> open = events.open(now).stream().filter(scheduled -> {
            Event event = scheduled.event();
            return event.isForStudents() && student || event.isForParents() && parent || event.isForClasses() && teacher;
        }).toList();
        if (open.isEmpty()) {
            return List.of();
        }
        List<String> ids = open.stream().map(scheduled -> scheduled.event().getId()).toList();
        Map<String, Places> places = placesOf(open.stream().map(Events.Scheduled::event).toList());
        Map<String, List<EventBooking>> mine = new HashMap<>();
        query("SELECT b FROM EventBooking b WHERE b.accountId = :me AND b.eventId IN :events ORDER BY b.position")
                .setParameter("me", me.accountId()).setParameter("events", ids).getResultList()
                .forEach(booking -> mine.computeIfAbsent(booking.getEventId(), key -> new ArrayList<>()).add(booking));
        return open.stream().map(scheduled -> {
            Event event = scheduled.event();
            return new Bookable(scheduled, places.get(event.getId()),
                    event.isForStudents() && student || event.isForParents() && parent, event.isForClasses() && teacher,
                    List.copyOf(mine.getOrDefault(event.getId(), List.of())));
        }).toList();
    }

    /** Whether the person has a place booked at an event of this programme (the "book an event" step). */
    public boolean hasPlace(String accountId) {
        return !em().createQuery("SELECT b.id FROM EventBooking b WHERE b.accountId = :person AND b.status = :booked", String.class)
                .setParameter("person", accountId).setParameter("booked", EventBooking.Status.BOOKED).setMaxResults(1).getResultList()
                .isEmpty();
    }

    /** Whether the person has applied for, or booked, an event whose kind is work experience and still stands (the step). */
    public boolean hasWorkExperience(String accountId) {
        return !em().createQuery("SELECT b.id FROM EventBooking b, Event e WHERE b.accountId = :person AND e.id = b.eventId"
                        + " AND b.status IN :standing AND LOWER(e.type) LIKE :kind", String.class)
                .setParameter("person", accountId).setParameter("standing", STANDING).setParameter("kind", "%" + WORK_EXPERIENCE + "%")
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** The places of these events, booked and waiting. */
    public Map<String, Places> places(List<String> eventIds) {
        return placesOf(List.copyOf(events.byIds(eventIds).values()));
    }

    /** The places of these events, read already, booked and waiting, in one query. */
    public Map<String, Places> placesOf(List<Event> of) {
        Map<String, int[]> counts = new HashMap<>();
        if (!of.isEmpty()) {
            for (Object[] row : em().createQuery("SELECT b.eventId, b.status, SUM(b.places) FROM EventBooking b WHERE b.eventId IN :events"
                    + " AND b.status IN :counted GROUP BY b.eventId, b.status", Object[].class)
                    .setParameter("events", of.stream().map(Event::getId).toList())
                    .setParameter("counted", List.of(EventBooking.Status.BOOKED, EventBooking.Status.WAITING)).getResultList()) {
                int[] count = counts.computeIfAbsent((String) row[0], key -> new int[2]);
                count[row[1] == EventBooking.Status.BOOKED ? 0 : 1] += ((Number) row[2]).intValue();
            }
        }
        Map<String, Places> places = new HashMap<>();
        for (Event event : of) {
            int[] count = counts.getOrDefault(event.getId(), new int[2]);
            places.put(event.getId(), new Places(event.getCapacity(), count[0], count[1]));
        }
        return places;
    }

    /**
     * Books the signed-in person a place at an event (or applies, where staff decide): booked if a
     * place is free and nobody is waiting, otherwise on the waiting list. Sent again with the same
     * key (its answer was lost), answers with the booking already made.
     */
    public EventBooking bookMyPlace(String eventId, String sendKey, Instant now) {
        return bookMyPlace(eventId, null, sendKey, now);
    }

    /** The same, for a student of a school (as they give it, optional), which the report counts the place towards. */
    public EventBooking bookMyPlace(String eventId, String school, String sendKey, Instant now) {
        return request(eventId, null, null, school, null, sendKey, now);
    }

    /**
     * Applies for a place at an event whose application asks one of the programme's forms: the
     * answers are checked and stored as the form says, in the same transaction as the application, so
     * there is never one without the other.
     *
     * @param answers by question id, as the form fill gives them
     */
    public EventBooking apply(String eventId, String school, Map<String, List<String>> answers, String sendKey, Instant now) {
        return request(eventId, null, null, school, answers == null ? Map.of() : answers, sendKey, now);
    }

    /** Books places for a class, by a teacher: as many places as the class has, all or none. */
    public EventBooking bookForClass(String eventId, String className, String classSize, String sendKey, Instant now) {
        return bookForClass(eventId, className, classSize, null, sendKey, now);
    }

    /** The same, for a class of a school (optional), which the report counts the places towards. */
    public EventBooking bookForClass(String eventId, String className, String classSize, String school, String sendKey, Instant now) {
        return request(eventId, className == null ? "" : className, classSize, school, null, sendKey, now);
    }

    /** The school the signed-in person gave when they last booked, to offer again; null if they never gave one. */
    public String lastSchool() {
        return em().createQuery("SELECT b.school FROM EventBooking b WHERE b.accountId = :me AND b.school IS NOT NULL"
                + " ORDER BY b.requestedAt DESC, b.position DESC", String.class).setParameter("me", currentUser.require().accountId())
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    private EventBooking request(String eventId, String className, String classSize, String school, Map<String, List<String>> answers,
                                 String sendKey, Instant now) {
        SignedInUser me = currentUser.require();
        String key = SendKeys.required(sendKey, "booking");
        String schoolGiven = school == null || school.isBlank() ? null : school.strip().replaceAll("\\s+", " ");
        if (schoolGiven != null && schoolGiven.length() > 120) {
            throw new InvalidInputException("school", "Keep the school's name to 120 characters.");
        }
        people.lock(me.accountId());
        Optional<EventBooking> before = sentBefore("accountId", me.accountId(), key);
        if (before.isPresent()) {
            return before.get();
        }
        Event event = events.locked(eventId);
        boolean forClass = className != null;
        String bookedAs = forClass ? (event.isForClasses() ? roleAmong(me, EventsPlugin.TEACHER_ROLES) : null) : ownRole(me, event);
        if (event.getStatus() == Event.Status.DRAFT || bookedAs == null) {
            // A draft is not there for anyone but its owners; an event for others is not for this person.
            throw new AccessDeniedException(forClass ? "Only teachers book this event for a class." : "This event is not open to you.");
        }
        if (!event.isOpen() || !events.scheduled(List.of(event)).get(0).ahead(now)) {
            throw new InvalidInputException("event", event.isOpen() ? "This event has finished." : "This event has been cancelled.");
        }
        List<EventBooking> standing = query("SELECT b FROM EventBooking b WHERE b.eventId = :event AND b.accountId = :me AND b.status IN :standing")
                .setParameter("event", eventId).setParameter("me", me.accountId()).setParameter("standing", STANDING)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        int places = 1;
        String forClassName = null;
        if (forClass) {
            List<FieldError> problems = new ArrayList<>();
            forClassName = className.strip();
            if (forClassName.isEmpty() || forClassName.length() > 80) {
                problems.add(new FieldError("className", "Enter the class, such as 10B (up to 80 characters)."));
            } else if (standing.stream().anyMatch(booking -> sameClass(booking, className.strip()))) {
                problems.add(new FieldError("className", "You have booked this event for " + className.strip() + " already."));
            }
            int largest = plugins.settings(EventsPlugin.ID).integer(EventsPlugin.LARGEST_CLASS);
            String size = classSize == null ? "" : classSize.strip();
            if (!size.matches("[0-9]{1,3}") || Integer.parseInt(size) < 1 || Integer.parseInt(size) > largest) {
                problems.add(new FieldError("classSize", "Enter how many are coming, from 1 to " + largest + "."));
            } else {
                places = Integer.parseInt(size);
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
        } else if (standing.stream().anyMatch(booking -> booking.getClassName() == null)) {
            throw new InvalidInputException("event", "You have a place at this event already, or are waiting for one.");
        }
        if (places > event.getCapacity()) {
            throw new InvalidInputException("classSize", "This event has " + event.getCapacity() + " places in all; book for fewer.");
        }
        if (event.getApplicationForm() != null && !forClass) {
            if (answers == null) {
                throw new InvalidInputException("event", "Applying for " + event.getTitle() + " asks a few questions: open the application"
                        + " form from the Events page.");
            }
            submittedAnswers.submitAnswers(event.getApplicationForm(), answers);
        }
        EventBooking.Status status;
        if (event.isByApplication()) {
            status = EventBooking.Status.APPLIED;
        } else {
            Places current = lockedPlaces(event);
            status = current.waiting() == 0 && places <= current.free() ? EventBooking.Status.BOOKED : EventBooking.Status.WAITING;
        }
        EventBooking booking = new EventBooking(eventId, event.nextPosition(), me.accountId(), bookedAs, forClassName, places, status, now,
                key);
        booking.setSchool(schoolGiven);
        add(booking);
        audit.record(BOOKED, RECORD_TYPE, booking.getId(), status.label() + ": " + places + (places == 1 ? " place" : " places")
                + (forClass ? " for a class" : ""));
        steps(booking, event);
        tell(booking, event, switch (status) {
            case BOOKED -> "You have " + placesFor(booking) + " at " + event.getTitle() + ".";
            case WAITING -> "The event is full, so " + (forClass ? booking.getClassName() + " is" : "you are")
                    + " on its waiting list. You move up by yourself, in order, when places free, and we will email you.";
            default -> "Thank you for applying. Staff will decide and email you.";
        });
        return booking;
    }

    /**
     * Cancels a booking, by the person who made it or by an owner; its places go to the waiting list
     * at once.
     */
    public EventBooking cancel(String bookingId, Instant now) {
        SignedInUser me = currentUser.require();
        EventBooking booking = get(bookingId);
        boolean owner = me.roles().contains(Roles.OWNER);
        if (!booking.getAccountId().equals(me.accountId()) && !owner) {
            throw new AccessDeniedException("Only the person who booked, or an owner, cancels a booking.");
        }
        people.lock(booking.getAccountId());
        Event event = events.locked(booking.getEventId());
        em().refresh(booking, LockModeType.PESSIMISTIC_WRITE);
        if (!booking.getStatus().standing()) {
            throw new InvalidInputException("booking", "This booking is " + booking.getStatus().label().toLowerCase() + " already.");
        }
        if (booking.getStatus() == EventBooking.Status.BOOKED && events.scheduled(List.of(event)).get(0).begun(now)) {
            // Its attendance, certificate and feedback hang on the place; and a place half used is no place to give someone waiting.
            throw new InvalidInputException("booking", "This event has begun: a place at it can no longer be cancelled.");
        }
        boolean freesPlaces = booking.getStatus() == EventBooking.Status.BOOKED;
        booking.cancel(now);
        audit.record(CANCELLED, RECORD_TYPE, booking.getId(), placesFor(booking) + (owner && !booking.getAccountId().equals(me.accountId())
                ? ", by an owner" : ""));
        if (freesPlaces) {
            moveUp(event, now);
        }
        return booking;
    }

    void onTick(@Observes Tick tick) {
        if (plugins.isEnabled(EventsPlugin.ID)) {
            remind(tick.at());
        }
    }

    /**
     * Reminds each person with a place at a published event whose session starts within the
     * reminder hours, once per booking: every instance ticks, so each reminder is claimed first with a
     * conditional UPDATE and only the instance whose UPDATE changed the row sends it.
     *
     * @return how many this call reminded
     */
    public int remind(Instant now) {
        int hours = plugins.settings(EventsPlugin.ID).integer(EventsPlugin.REMINDER_HOURS);
        Instant until = now.plus(java.time.Duration.ofHours(hours));
        List<EventBooking> due = query("SELECT b FROM EventBooking b WHERE b.status = :booked AND b.remindedAt IS NULL AND EXISTS"
                + " (SELECT s FROM EventSession s, Event e WHERE s.eventId = b.eventId AND e.id = b.eventId AND e.status = :published"
                + " AND s.startsAt > :now AND s.startsAt <= :until) ORDER BY b.eventId, b.position")
                .setParameter("booked", EventBooking.Status.BOOKED).setParameter("published", Event.Status.PUBLISHED)
                .setParameter("now", now).setParameter("until", until).getResultList();
        Map<String, Events.Scheduled> scheduled = new HashMap<>();
        if (!due.isEmpty()) {
            events.scheduled(List.copyOf(events.byIds(due.stream().map(EventBooking::getEventId).distinct().toList()).values()))
                    .forEach(one -> scheduled.put(one.event().getId(), one));
        }
        int sent = 0;
        for (EventBooking booking : due) {
            int claimed = em().createQuery("UPDATE EventBooking b SET b.remindedAt = :now, b.version = b.version + 1"
                    + " WHERE b.id = :id AND b.remindedAt IS NULL").setParameter("now", now).setParameter("id", booking.getId()).executeUpdate();
            if (claimed == 1) {
                Event event = scheduled.get(booking.getEventId()).event();
                Instant starts = scheduled.get(booking.getEventId()).sessions().stream().map(EventSession::getStartsAt)
                        .filter(at -> at.isAfter(now)).findFirst().orElseThrow();
                people.find(booking.getAccountId()).filter(People.Person::hasEmail).ifPresent(person -> mail.fire(new Mail(person.email(),
                        "Reminder: " + event.getTitle() + " on " + dates.timeAndZone(starts),
                        "Hello " + person.name() + ",\n\nYou have " + placesFor(booking) + " at " + event.getTitle() + " ("
                                + event.getType() + (event.isOnline() ? ", online" : ", at " + event.getVenue()) + "), starting "
                                + dates.timeAndZone(starts) + ".\n\nIf you cannot come, cancel on the Events page of the programme's site, so"
                                + " that the next person waiting can have your place.\n")));
                sent++;
            }
        }
        return sent;
    }

    /** Applications waiting for staff, oldest first. */
    @RequiresRole({Roles.MODERATOR, Roles.OWNER})
    public List<Row> applications() {
        List<Row> rows = rows(query("SELECT b FROM EventBooking b WHERE b.status = :applied ORDER BY b.requestedAt, b.eventId, b.position")
                .setParameter("applied", EventBooking.Status.APPLIED).getResultList());
        Map<String, String> formOf = new HashMap<>();
        events.byIds(rows.stream().map(row -> row.booking().getEventId()).distinct().toList())
                .forEach((id, event) -> formOf.put(id, event.getApplicationForm()));
        Map<String, Map<String, SubmittedAnswers.Answered>> answersByForm = new HashMap<>();
        return rows.stream().map(row -> {
            String form = formOf.get(row.booking().getEventId());
            if (form == null) {
                return row;
            }
            SubmittedAnswers.Answered given = answersByForm.computeIfAbsent(form, submittedAnswers::latestAnswersOfAll)
                    .get(row.booking().getAccountId());
            return new Row(row.booking(), row.eventTitle(), row.personName(), given == null ? List.of() : answers(given));
        }).toList();
    }

    /** Each question answered, in the form's order, with choices by their labels. */
    private static List<Answer> answers(SubmittedAnswers.Answered given) {
        return given.form().fields().filter(field -> !given.answers().getOrDefault(field.id(), List.of()).isEmpty()).map(field -> {
            Map<String, String> labels = new HashMap<>();
            (field.options() == null ? List.<org.wayfinder.platform.spi.form.FieldOption>of() : field.options())
                    .forEach(option -> labels.put(option.value(), option.label()));
            return new Answer(field.label(), given.answers().get(field.id()).stream().map(value -> labels.getOrDefault(value, value))
                    .collect(java.util.stream.Collectors.joining(", ")));
        }).toList();
    }

    /** An event's bookings that hold places now, in the order they were asked for. */
    public List<EventBooking> booked(String eventId) {
        return query("SELECT b FROM EventBooking b WHERE b.eventId = :event AND b.status = :booked ORDER BY b.position")
                .setParameter("event", eventId).setParameter("booked", EventBooking.Status.BOOKED).getResultList();
    }

    /** An event's bookings, in the order they were asked for, for its owners. */
    @RequiresRole(Roles.OWNER)
    public List<Row> ofEvent(String eventId) {
        events.get(eventId);
        return rows(query("SELECT b FROM EventBooking b WHERE b.eventId = :event ORDER BY b.position")
                .setParameter("event", eventId).getResultList());
    }

    /**
     * Accepts an application: a place if one is free and nobody who asked earlier is waiting, else the
     * waiting list in the order of the application.
     */
    @RequiresRole({Roles.MODERATOR, Roles.OWNER})
    public EventBooking accept(String bookingId, Instant now) {
        EventBooking booking = get(bookingId);
        Event event = events.locked(booking.getEventId());
        em().refresh(booking, LockModeType.PESSIMISTIC_WRITE);
        applied(booking);
        booking.decide(EventBooking.Status.WAITING, currentUser.require().accountId(), now, null);
        audit.record(ACCEPTED, RECORD_TYPE, booking.getId(), null);
        if (!moveUp(event, now).contains(booking)) {
            tell(booking, event, "Your application was accepted. The event is full, so you are on its waiting list; you move up by"
                    + " yourself, in order, when places free, and we will email you.");
        }
        return booking;
    }

    /** Declines an application, with a reason the person is told. */
    @RequiresRole({Roles.MODERATOR, Roles.OWNER})
    public EventBooking decline(String bookingId, String reason, Instant now) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 500) {
            throw new InvalidInputException("reason", "Give the reason, up to 500 characters: the person is told it.");
        }
        EventBooking booking = get(bookingId);
        Event event = events.locked(booking.getEventId());
        em().refresh(booking, LockModeType.PESSIMISTIC_WRITE);
        applied(booking);
        booking.decide(EventBooking.Status.DECLINED, currentUser.require().accountId(), now, why);
        audit.record(DECLINED, RECORD_TYPE, booking.getId(), null);
        tell(booking, event, "Your application was not accepted: " + why);
        return booking;
    }

    /**
     * Moves the waiting list up as far as the free places go, strictly in the order the bookings were
     * asked for ({@link EventBooking#getPosition()}; the first waiting
     * booking that does not fit stops it, so nobody is passed over). The caller holds the event's lock.
     *
     * @return the bookings that got their places
     */
    public List<EventBooking> moveUp(Event event, Instant now) {
        int free = lockedPlaces(event).free();
        List<EventBooking> movedUp = new ArrayList<>();
        List<EventSession> sessions = null;
        for (EventBooking waiting : query("SELECT b FROM EventBooking b WHERE b.eventId = :event AND b.status = :waiting"
                + " ORDER BY b.position").setParameter("event", event.getId()).setParameter("waiting", EventBooking.Status.WAITING)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()) {
            if (waiting.getPlaces() > free) {
                break;
            }
            waiting.book(now);
            free -= waiting.getPlaces();
            movedUp.add(waiting);
            audit.record(MOVED_UP, RECORD_TYPE, waiting.getId(), placesFor(waiting));
            steps(waiting, event);
            if (sessions == null) {
                sessions = events.sessionsOf(event.getId());
            }
            tell(waiting, event, sessions, "A place has come free: you have " + placesFor(waiting) + " at " + event.getTitle() + ".");
        }
        return movedUp;
    }

    /**
     * The event's places as they are committed now, for a caller holding the event's lock: read with
     * a locking read, because on MySQL and MariaDB (repeatable read) a plain read in a transaction
     * sees the database as it was at the transaction's first read, before the lock was granted, and
     * would miss the bookings committed while it waited (every one of eight students at once got a
     * place of three before this).
     */
    Places lockedPlaces(Event event) {
        int booked = 0;
        int waiting = 0;
        for (EventBooking booking : query("SELECT b FROM EventBooking b WHERE b.eventId = :event AND b.status IN :counted")
                .setParameter("event", event.getId()).setParameter("counted", List.of(EventBooking.Status.BOOKED, EventBooking.Status.WAITING))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()) {
            if (booking.getStatus() == EventBooking.Status.BOOKED) {
                booked += booking.getPlaces();
            } else {
                waiting += booking.getPlaces();
            }
        }
        return new Places(event.getCapacity(), booked, waiting);
    }

    private static final List<EventBooking.Status> STANDING = List.of(EventBooking.Status.BOOKED, EventBooking.Status.WAITING,
            EventBooking.Status.APPLIED);

    /** Tells the person's journey what this booking does: a place booked, work experience applied for. */
    private void steps(EventBooking booking, Event event) {
        if (booking.getStatus() == EventBooking.Status.BOOKED) {
            journeySteps.complete(booking.getAccountId(), STEP_BOOK);
        }
        if (booking.getStatus().standing() && event.getType().toLowerCase(java.util.Locale.ROOT).contains(WORK_EXPERIENCE)) {
            journeySteps.complete(booking.getAccountId(), STEP_WORK_EXPERIENCE);
        }
    }

    private static boolean sameClass(EventBooking booking, String className) {
        return booking.getClassName() != null && booking.getClassName().equalsIgnoreCase(className);
    }

    private static void applied(EventBooking booking) {
        if (booking.getStatus() != EventBooking.Status.APPLIED) {
            throw new InvalidInputException("booking", "This application has been decided already: " + booking.getStatus().label() + ".");
        }
    }

    /** The role the person books a place of their own as, for this event; null if none of theirs may. */
    private String ownRole(SignedInUser me, Event event) {
        if (event.isForStudents()) {
            String student = roleAmong(me, EventsPlugin.STUDENT_ROLES);
            if (student != null) {
                return student;
            }
        }
        return event.isForParents() && me.roles().contains(EventsPlugin.PARENT) ? EventsPlugin.PARENT : null;
    }

    private String roleAmong(SignedInUser me, String setting) {
        return EventsPlugin.listOf(plugins.settings(EventsPlugin.ID), setting).stream().filter(me.roles()::contains).findFirst().orElse(null);
    }

    private boolean holdsAny(SignedInUser me, String setting) {
        return roleAmong(me, setting) != null;
    }

    private static String placesFor(EventBooking booking) {
        return booking.getClassName() == null ? "a place" : booking.getPlaces() + " places for " + booking.getClassName();
    }

    private List<Row> rows(List<EventBooking> bookings) {
        Map<String, Event> titles = events.byIds(bookings.stream().map(EventBooking::getEventId).distinct().toList());
        return bookings.stream().map(booking -> new Row(booking, titles.get(booking.getEventId()).getTitle(),
                people.find(booking.getAccountId()).map(People.Person::name).orElse("Someone who left"))).toList();
    }

    /** Emails the person who booked, where mail reaches them, after the transaction commits. */
    private void tell(EventBooking booking, Event event, String what) {
        tell(booking, event, events.sessionsOf(event.getId()), what);
    }

    /** The same, with the event's sessions already read: the waiting list moving up tells several people of one event. */
    private void tell(EventBooking booking, Event event, List<EventSession> sessions, String what) {
        people.find(booking.getAccountId()).filter(People.Person::hasEmail).ifPresent(person -> {
            StringBuilder when = new StringBuilder();
            for (EventSession session : sessions) {
                when.append("\n- ").append(dates.timeAndZone(session.getStartsAt())).append(" to ").append(dates.clock(session.getEndsAt()));
            }
            mail.fire(new Mail(person.email(), event.getTitle() + ": " + booking.getStatus().label().toLowerCase(),
                    "Hello " + person.name() + ",\n\n" + what + "\n\n" + event.getTitle() + " (" + event.getType() + ")"
                            + (event.isOnline() ? ", online" : ", at " + event.getVenue()) + when
                            + "\n\nYour bookings are on the Events page of the programme's site.\n"));
        });
    }
}
