package org.wayfinder.events.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wayfinder.events.EventsPlugin;
import org.wayfinder.platform.spi.FieldError;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.ProgrammePlugins;
import org.wayfinder.platform.spi.RecordNotFoundException;
import org.wayfinder.platform.spi.Repository;
import org.wayfinder.platform.spi.RequiresRole;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.audit.AuditTrail;
import org.wayfinder.platform.spi.form.PublishedForms;

/**
 * The programme's events, as owners prepare and publish them: what, when (its sessions), where, how
 * many places, who may book, and whether staff decide who gets a place. Bookings are
 * {@code EventBookings}'.
 */
@ApplicationScoped
public class Events extends Repository<Event> {

    /** The audit trail's actions. */
    public static final String CREATED = "events.event.created";
    public static final String CHANGED = "events.event.changed";
    public static final String PUBLISHED = "events.event.published";
    public static final String CANCELLED = "events.event.cancelled";
    public static final String RECORD_TYPE = "event";

    /** The most places an event has. */
    public static final int MOST_PLACES = 10_000;

    /** The most sessions an event has. */
    public static final int MOST_SESSIONS = 30;

    /**
     * An event as an owner writes it.
     *
     * @param capacity as typed, so that "abc" gets a message rather than a 500
     */
    public record Draft(String title, String type, String description, boolean online, String venue, String capacity,
                        boolean forStudents, boolean forParents, boolean forClasses, boolean byApplication, String applicationForm)
            implements Serializable {

        /** An event without an application form. */
        public Draft(String title, String type, String description, boolean online, String venue, String capacity, boolean forStudents,
                     boolean forParents, boolean forClasses, boolean byApplication) {
            this(title, type, description, online, venue, capacity, forStudents, forParents, forClasses, byApplication, null);
        }

        public static Draft of(Event event) {
            return new Draft(event.getTitle(), event.getType(), event.getDescription(), event.isOnline(), event.getVenue(),
                    Integer.toString(event.getCapacity()), event.isForStudents(), event.isForParents(), event.isForClasses(),
                    event.isByApplication(), event.getApplicationForm());
        }
    }

    /** An event with its sessions, first first. */
    public record Scheduled(Event event, List<EventSession> sessions) implements Serializable {

        /** When its first session starts; null before it has one. */
        public Instant startsAt() {
            return sessions.isEmpty() ? null : sessions.get(0).getStartsAt();
        }

        /** When its last session ends; null before it has one. */
        public Instant endsAt() {
            return sessions.stream().map(EventSession::getEndsAt).max(Comparator.naturalOrder()).orElse(null);
        }

        /** Whether its first session has started by {@code now}. */
        public boolean begun(Instant now) {
            Instant starts = startsAt();
            return starts != null && !starts.isAfter(now);
        }

        /** Whether it has sessions and the last has not ended at {@code now}. */
        public boolean ahead(Instant now) {
            Instant ends = endsAt();
            return ends != null && ends.isAfter(now);
        }
    }

    @Inject
    ProgrammePlugins plugins;

    @Inject
    AuditTrail audit;

    @Inject
    PublishedForms forms;

    /** Bookings and Events call each other: both are application-scoped, so CDI gives each a proxy of the other. */
    @Inject
    EventBookings bookings;

    public Events() {
        super(Event.class);
    }

    @Override
    protected String describe() {
        return "Event";
    }

    /** The kinds of event owners choose from, from the plugin's settings. */
    public List<String> types() {
        return EventsPlugin.listOf(plugins.settings(EventsPlugin.ID), EventsPlugin.TYPES);
    }

    /** Every event, the ones coming first (soonest first), then drafts, then past ones (latest first). */
    @RequiresRole(Roles.OWNER)
    public List<Scheduled> all() {
        return scheduled(query("SELECT e FROM Event e").getResultList());
    }

    /** One event with its sessions, for its owner. */
    @RequiresRole(Roles.OWNER)
    public Scheduled scheduled(String eventId) {
        return scheduled(List.of(get(eventId))).get(0);
    }

    /** Published events whose last session has not ended, soonest first, with their sessions. */
    public List<Scheduled> open(Instant now) {
        return scheduled(published()).stream().filter(scheduled -> scheduled.ahead(now)).toList();
    }

    /** Every published event (not drafts, not cancelled ones). */
    public List<Event> published() {
        return query("SELECT e FROM Event e WHERE e.status = :published").setParameter("published", Event.Status.PUBLISHED).getResultList();
    }

    /** These events with their sessions (one query for all the sessions), soonest first, those without sessions last. */
    public List<Scheduled> scheduled(List<Event> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        Map<String, List<EventSession>> sessions = new HashMap<>();
        em().createQuery("SELECT s FROM EventSession s WHERE s.eventId IN :events ORDER BY s.startsAt, s.id", EventSession.class)
                .setParameter("events", events.stream().map(Event::getId).toList()).getResultList()
                .forEach(session -> sessions.computeIfAbsent(session.getEventId(), key -> new ArrayList<>()).add(session));
        return events.stream().map(event -> new Scheduled(event, List.copyOf(sessions.getOrDefault(event.getId(), List.of()))))
                .sorted(Comparator.comparing(Scheduled::startsAt, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(scheduled -> scheduled.event().getTitle()))
                .toList();
    }

    /** A new draft event. */
    @RequiresRole(Roles.OWNER)
    public Event create(Draft draft) {
        Event event = new Event(null, null);
        apply(draft, event, 0);
        add(event);
        audit.record(CREATED, RECORD_TYPE, event.getId(), event.getTitle());
        return event;
    }

    /**
     * Changes an event (also once published: people who booked keep their places, so the places
     * cannot go below those booked). More places move the waiting list up at once.
     */
    @RequiresRole(Roles.OWNER)
    public Event change(String eventId, Draft draft, Instant now) {
        Event event = locked(eventId);
        if (event.getStatus() == Event.Status.CANCELLED) {
            throw new InvalidInputException("event", "This event is cancelled; it cannot be changed.");
        }
        String before = event.getTitle() + ", " + event.getCapacity() + " places";
        apply(draft, event, bookings.lockedPlaces(event).booked());
        audit.recordChange(CHANGED, RECORD_TYPE, event.getId(), before, event.getTitle() + ", " + event.getCapacity() + " places");
        if (event.isOpen()) {
            bookings.moveUp(event, now);
        }
        return event;
    }

    /** Adds a session to an event. */
    @RequiresRole(Roles.OWNER)
    public EventSession addSession(String eventId, Instant startsAt, Instant endsAt, Instant now) {
        Event event = locked(eventId);
        List<FieldError> problems = new ArrayList<>();
        if (startsAt == null) {
            problems.add(new FieldError("startsAt", "Enter when the session starts."));
        } else if (!startsAt.isAfter(now)) {
            problems.add(new FieldError("startsAt", "A session starts in the future."));
        }
        if (endsAt == null) {
            problems.add(new FieldError("endsAt", "Enter when the session ends."));
        } else if (startsAt != null && !endsAt.isAfter(startsAt)) {
            problems.add(new FieldError("endsAt", "A session ends after it starts."));
        }
        if (sessionsOf(eventId).size() >= MOST_SESSIONS) {
            problems.add(new FieldError("startsAt", "An event has at most " + MOST_SESSIONS + " sessions."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        EventSession session = new EventSession(event.getId(), startsAt, endsAt);
        em().persist(session);
        return session;
    }

    /** Removes a session that has not started; an event keeps at least one once published. */
    @RequiresRole(Roles.OWNER)
    public void removeSession(String sessionId, Instant now) {
        EventSession session = em().createQuery("SELECT s FROM EventSession s WHERE s.id = :id", EventSession.class)
                .setParameter("id", sessionId).getResultStream().findFirst()
                .orElseThrow(() -> new RecordNotFoundException("Session"));
        Event event = locked(session.getEventId());
        if (!session.getStartsAt().isAfter(now)) {
            throw new InvalidInputException("session", "This session has started; it stays on the record.");
        }
        if (event.getStatus() != Event.Status.DRAFT && sessionsOf(event.getId()).size() == 1) {
            throw new InvalidInputException("session", "A published event keeps at least one session; cancel the event instead.");
        }
        em().remove(session);
    }

    /** Publishes a draft: people who may book see it. It needs a session in the future. */
    @RequiresRole(Roles.OWNER)
    public Event publish(String eventId, Instant now) {
        Event event = locked(eventId);
        if (event.getStatus() != Event.Status.DRAFT) {
            throw new InvalidInputException("event", "This event is " + event.getStatus().label().toLowerCase() + " already.");
        }
        if (!scheduled(List.of(event)).get(0).ahead(now)) {
            throw new InvalidInputException("event", "Add a session in the future before publishing.");
        }
        event.publish(now);
        audit.record(PUBLISHED, RECORD_TYPE, event.getId(), event.getTitle());
        return event;
    }

    /** Cancels an event; its bookings stay for the record (EventBookings tells the people who booked). */
    @RequiresRole(Roles.OWNER)
    public Event cancel(String eventId) {
        Event event = locked(eventId);
        if (event.getStatus() == Event.Status.CANCELLED) {
            throw new InvalidInputException("event", "This event is cancelled already.");
        }
        event.cancel();
        audit.record(CANCELLED, RECORD_TYPE, event.getId(), event.getTitle());
        return event;
    }

    /**
     * The event, its row locked until the transaction ends: bookings and changes of one event happen
     * one after the other. What the holder then reads of the event's bookings must be read with a
     * locking read too ({@code EventBookings.lockedPlaces}): see there why.
     */
    public Event locked(String eventId) {
        Event event = get(eventId);
        // Written in this transaction and not yet flushed (made and published in one go), it is not in the database to lock yet.
        em().flush();
        em().refresh(event, LockModeType.PESSIMISTIC_WRITE);
        return event;
    }

    public List<EventSession> sessionsOf(String eventId) {
        return em().createQuery("SELECT s FROM EventSession s WHERE s.eventId = :event ORDER BY s.startsAt, s.id", EventSession.class)
                .setParameter("event", eventId).getResultList();
    }

    private void apply(Draft draft, Event event, int placesBooked) {
        List<FieldError> problems = new ArrayList<>();
        String title = strip(draft.title());
        if (title == null || title.length() > 120) {
            problems.add(new FieldError("title", "Enter a title of 1 to 120 characters."));
        }
        String type = strip(draft.type());
        if (type == null || !types().contains(type)) {
            problems.add(new FieldError("type", "Choose what kind of event it is."));
        }
        String description = strip(draft.description());
        if (description != null && description.length() > 2000) {
            problems.add(new FieldError("description", "Keep the description to 2,000 characters."));
        }
        String venue = strip(draft.venue());
        if (!draft.online() && venue == null) {
            problems.add(new FieldError("venue", "Enter where it takes place, or choose online."));
        } else if (venue != null && venue.length() > 200) {
            problems.add(new FieldError("venue", "Keep the venue to 200 characters."));
        }
        String typed = strip(draft.capacity());
        Integer capacity = typed != null && typed.matches("[0-9]{1,5}") ? Integer.valueOf(typed) : null;
        if (capacity == null || capacity < 1 || capacity > MOST_PLACES) {
            problems.add(new FieldError("capacity", "Enter the number of places, from 1 to " + MOST_PLACES + "."));
        } else if (capacity < placesBooked) {
            problems.add(new FieldError("capacity", placesBooked + " places are booked already: the event needs at least that many."));
        }
        String form = strip(draft.applicationForm());
        if (form != null && !draft.byApplication()) {
            problems.add(new FieldError("applicationForm", "An application form is for events people apply for: tick that, or leave the"
                    + " form empty."));
        } else if (form != null && forms.published(form).isEmpty()) {
            problems.add(new FieldError("applicationForm", "The programme has no published form \"" + form + "\". Give the key of one"
                    + " of the forms at Admin > Forms, published."));
        }
        if (!draft.forStudents() && !draft.forParents() && !draft.forClasses()) {
            problems.add(new FieldError("forStudents", "Choose who may book: students, parents and carers, or teachers for a class."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        event.setTitle(title);
        event.setType(type);
        event.setDescription(description);
        event.setOnline(draft.online());
        event.setVenue(venue);
        event.setCapacity(capacity);
        event.setForStudents(draft.forStudents());
        event.setForParents(draft.forParents());
        event.setForClasses(draft.forClasses());
        event.setByApplication(draft.byApplication());
        event.setApplicationForm(form);
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
