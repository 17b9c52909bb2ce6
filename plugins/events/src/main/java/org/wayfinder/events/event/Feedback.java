package org.wayfinder.events.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wayfinder.events.EventsPlugin;
import org.wayfinder.platform.spi.AccessDeniedException;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.FieldError;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.Mail;
import org.wayfinder.platform.spi.People;
import org.wayfinder.platform.spi.ProgrammePlugins;
import org.wayfinder.platform.spi.Repository;
import org.wayfinder.platform.spi.Tick;
import org.wayfinder.platform.spi.audit.AuditTrail;

/**
 * Feedback after an event: once its last session has ended, everyone who came (to at least one
 * session) is emailed once to say how useful it was, a score from 1 to 5 and a comment, on the
 * Events page; the report shows the scores. One answer per booking.
 */
@ApplicationScoped
public class Feedback extends Repository<EventFeedback> {

    public static final String GIVEN = "events.feedback.given";

    /** How long after an event people are still asked: an event that ended long ago is not asked about when Events is switched on. */
    public static final Duration ASKED_WITHIN = Duration.ofDays(14);

    /** What each score means, from 1 to 5, as the form offers them. */
    public static final List<String> SCORES = List.of("Not useful", "A little useful", "Useful", "Very useful", "Extremely useful");

    @Inject
    Attendance attendance;

    @Inject
    Events events;

    @Inject
    EventBookings bookings;

    @Inject
    CurrentUser currentUser;

    @Inject
    People people;

    @Inject
    ProgrammePlugins plugins;

    @Inject
    AuditTrail audit;

    @Inject
    jakarta.enterprise.event.Event<Mail> mail;

    public Feedback() {
        super(EventFeedback.class);
    }

    @Override
    protected String describe() {
        return "Feedback";
    }

    /** Records the signed-in person's feedback on an event they came to. */
    public EventFeedback give(String bookingId, Integer score, String comment, Instant now) {
        EventBooking booking = bookings.get(bookingId);
        if (!booking.getAccountId().equals(currentUser.require().accountId())) {
            throw new AccessDeniedException("Only the person who came gives feedback on their place.");
        }
        em().refresh(booking, LockModeType.PESSIMISTIC_WRITE);
        Attendance.Attended came = attendance.mine(now).stream().filter(one -> one.booking().getId().equals(bookingId)).findFirst()
                .filter(Attendance.Attended::came).orElse(null);
        if (came == null) {
            throw new InvalidInputException("booking", "Feedback is for events you came to; this one has no attendance of yours recorded.");
        }
        if (!givenFor(List.of(bookingId)).isEmpty()) {
            throw new InvalidInputException("booking", "You have given feedback on this event already. Thank you.");
        }
        List<FieldError> problems = new ArrayList<>();
        if (score == null || score < 1 || score > SCORES.size()) {
            problems.add(new FieldError("score", "Choose how useful it was, from 1 to 5."));
        }
        String words = comment == null || comment.isBlank() ? null : comment.strip();
        if (words != null && words.length() > 1000) {
            problems.add(new FieldError("comment", "Keep the comment to 1,000 characters."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        EventFeedback feedback = add(new EventFeedback(booking.getEventId(), bookingId, booking.getAccountId(), score, words));
        audit.record(GIVEN, EventBookings.RECORD_TYPE, bookingId, "score " + score);
        return feedback;
    }

    /** Those of these bookings that have feedback already. */
    public Set<String> givenFor(List<String> bookingIds) {
        if (bookingIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em().createQuery("SELECT f.bookingId FROM EventFeedback f WHERE f.bookingId IN :bookings", String.class)
                .setParameter("bookings", bookingIds).getResultList());
    }

    void onTick(@Observes Tick tick) {
        if (plugins.isEnabled(EventsPlugin.ID)) {
            ask(tick.at());
        }
    }

    /**
     * Asks everyone who came to an event that ended within {@link #ASKED_WITHIN} for feedback, once
     * per booking: each ask is claimed first with a conditional UPDATE, since every instance ticks.
     *
     * @return how many this call asked
     */
    public int ask(Instant now) {
        List<EventBooking> due = em().createQuery("SELECT b FROM EventBooking b WHERE b.status = :booked AND b.feedbackAskedAt IS NULL"
                        + " AND EXISTS (SELECT a FROM EventAttendance a WHERE a.bookingId = b.id AND a.present > 0)"
                        + " AND EXISTS (SELECT e FROM Event e WHERE e.id = b.eventId AND e.status = :published)"
                        + " AND NOT EXISTS (SELECT s FROM EventSession s WHERE s.eventId = b.eventId AND s.endsAt > :now)"
                        + " AND EXISTS (SELECT s FROM EventSession s WHERE s.eventId = b.eventId AND s.endsAt > :since)"
                        + " ORDER BY b.eventId, b.position", EventBooking.class)
                .setParameter("booked", EventBooking.Status.BOOKED).setParameter("published", Event.Status.PUBLISHED)
                .setParameter("now", now).setParameter("since", now.minus(ASKED_WITHIN)).getResultList();
        Map<String, Event> asked = events.byIds(due.stream().map(EventBooking::getEventId).distinct().toList());
        int sent = 0;
        for (EventBooking booking : due) {
            int claimed = em().createQuery("UPDATE EventBooking b SET b.feedbackAskedAt = :now, b.version = b.version + 1"
                    + " WHERE b.id = :id AND b.feedbackAskedAt IS NULL").setParameter("now", now).setParameter("id", booking.getId())
                    .executeUpdate();
            if (claimed == 1) {
                Event event = asked.get(booking.getEventId());
                people.find(booking.getAccountId()).filter(People.Person::hasEmail).ifPresent(person -> mail.fire(new Mail(person.email(),
                        "How was " + event.getTitle() + "?",
                        "Hello " + person.name() + ",\n\nThank you for coming to " + event.getTitle() + ". How useful was it? Tell us in a"
                                + " minute under \"Events you came to\" on the Events page of the programme's site: it helps us make the next"
                                + " one better. Your certificate of attendance is there too.\n")));
                sent++;
            }
        }
        return sent;
    }
}
