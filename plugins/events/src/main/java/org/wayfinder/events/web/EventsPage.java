package org.wayfinder.events.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wayfinder.events.event.Attendance;
import org.wayfinder.events.event.Certificates;
import org.wayfinder.events.event.EventBooking;
import org.wayfinder.events.event.EventBookings;
import org.wayfinder.events.event.Feedback;
import org.wayfinder.events.placement.Placements;
import org.wayfinder.platform.spi.web.Downloads;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.SendKeys;
import org.wayfinder.platform.spi.web.Messages;
import org.wayfinder.platform.spi.web.PerRequest;

/**
 * The events a signed-in person may book, soonest first: book a place (or apply, or join the
 * waiting list when it is full), book places for a class where they are a teacher, and cancel what
 * they booked after a confirmation.
 */
@Named("eventsPage")
@ViewScoped
public class EventsPage implements Serializable {

    @Inject
    EventBookings bookings;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    @Inject
    Attendance attendance;

    @Inject
    Feedback feedback;

    @Inject
    Certificates certificates;

    @Inject
    Downloads downloads;

    @Inject
    Placements placements;

    private String sendKey = SendKeys.fresh();
    private String school;
    private String code;
    private final Map<String, Integer> scores = new HashMap<>();
    private final Map<String, String> comments = new HashMap<>();
    private final Map<String, String> classNames = new HashMap<>();
    private final Map<String, String> classSizes = new HashMap<>();
    private final PerRequest read = new PerRequest();

    /** Runs when the page opens: anyone signed in; the list holds only what they may book. */
    public void load() {
        currentUser.require();
        if (school == null) {
            school = bookings.lastSchool();
        }
    }

    /** Their places at events that have begun, latest first: where they check in, give feedback and get their certificate. */
    public List<Attendance.Attended> getAttended() {
        return read.get("attended", () -> attendance.mine(Instant.now()));
    }

    /** Those of their bookings they have given feedback on. */
    public Set<String> getFeedbackGiven() {
        return read.get("given", () -> feedback.givenFor(getAttended().stream().map(one -> one.booking().getId()).toList()));
    }

    public List<String> getScoreLabels() {
        return Feedback.SCORES;
    }

    /** This request's moment, for what the page shows as begun. */
    public Instant getNow() {
        return read.get("now", Instant::now);
    }

    /** Whether they hold a place of their own at an event on now or to come: who is offered the check-in box. */
    public boolean isCanCheckIn() {
        return getEvents().stream().flatMap(bookable -> bookable.mine().stream())
                .anyMatch(booking -> !booking.isForClass() && booking.getStatus() == EventBooking.Status.BOOKED);
    }

    /** Checks them in to the session showing the code they typed. */
    public void checkIn() {
        try {
            Attendance.Sitting sitting = attendance.checkIn(code, Instant.now());
            code = null;
            read.forget();
            messages.info("You are checked in to " + sitting.event().getTitle() + ". Enjoy it.");
        } catch (InvalidInputException invalid) {
            messages.error(invalid.errors().get(0).message());
        }
    }

    public void giveFeedback(String bookingId) {
        try {
            feedback.give(bookingId, scores.get(bookingId), comments.get(bookingId), Instant.now());
            scores.remove(bookingId);
            comments.remove(bookingId);
            read.forget();
            messages.info("Thank you for your feedback.");
        } catch (InvalidInputException invalid) {
            invalid.errors().forEach(error -> messages.error(error.message()));
        }
    }

    public void certificate(String bookingId) {
        try {
            downloads.send(certificates.of(bookingId, Instant.now()), "certificate-of-attendance");
        } catch (InvalidInputException invalid) {
            messages.error(invalid.errors().get(0).message());
        }
    }

    /** Work experience placements they may apply for now, soonest first, with their application of each. */
    public List<Placements.Open> getPlacements() {
        return read.get("placements", () -> placements.forStudent(Instant.now())).open();
    }

    /** Their placement applications, with what came of them: place, days, reference. */
    public List<Placements.Mine> getMyPlacements() {
        return read.get("placements", () -> placements.forStudent(Instant.now())).mine();
    }

    public void withdrawPlacement(String applicationId) {
        try {
            placements.withdraw(applicationId, Instant.now());
            read.forget();
            messages.info("Application withdrawn.");
        } catch (InvalidInputException invalid) {
            messages.error(invalid.errors().get(0).message());
        }
    }

    public List<EventBookings.Bookable> getEvents() {
        return read.get("events", () -> bookings.bookable(Instant.now()));
    }

    /** What the button says for a person's own place: what pressing it does. */
    public String bookLabel(EventBookings.Bookable bookable) {
        if (bookable.scheduled().event().isByApplication()) {
            return "Apply for a place";
        }
        return bookable.places().full() || bookable.places().waiting() > 0 ? "Join the waiting list" : "Book a place";
    }

    public void book(String eventId) {
        try {
            EventBooking booking = bookings.bookMyPlace(eventId, school, sendKey, Instant.now());
            done(booking);
        } catch (InvalidInputException invalid) {
            messages.error(invalid.errors().get(0).message());
        }
    }

    public void bookForClass(String eventId) {
        try {
            EventBooking booking = bookings.bookForClass(eventId, classNames.get(eventId), classSizes.get(eventId), school, sendKey,
                    Instant.now());
            classNames.remove(eventId);
            classSizes.remove(eventId);
            done(booking);
        } catch (InvalidInputException invalid) {
            invalid.errors().forEach(error -> messages.error(error.message()));
        }
    }

    public void cancel(String bookingId) {
        try {
            bookings.cancel(bookingId, Instant.now());
            read.forget();
            messages.info("Cancelled. Your place has gone to the next person waiting.");
        } catch (InvalidInputException invalid) {
            messages.error(invalid.errors().get(0).message());
        }
    }

    private void done(EventBooking booking) {
        sendKey = SendKeys.fresh();
        read.forget();
        messages.info(switch (booking.getStatus()) {
            case BOOKED -> "Booked. We have emailed you the details.";
            case WAITING -> "The event is full, so you are on the waiting list. You move up by yourself when a place frees, and we will email you.";
            case APPLIED -> "Thank you for applying. Staff will decide and email you.";
            default -> booking.getStatus().label() + ".";
        });
    }

    public String getSchool() {
        return school;
    }

    public void setSchool(String school) {
        this.school = school;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Map<String, Integer> getScores() {
        return scores;
    }

    public Map<String, String> getComments() {
        return comments;
    }

    public String getSendKey() {
        return sendKey;
    }

    public void setSendKey(String sendKey) {
        this.sendKey = sendKey;
    }

    public Map<String, String> getClassNames() {
        return classNames;
    }

    public Map<String, String> getClassSizes() {
        return classSizes;
    }
}
