package org.wayfinder.events.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wayfinder.events.event.EventBooking;
import org.wayfinder.events.event.EventBookings;
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

    private String sendKey = SendKeys.fresh();
    private final Map<String, String> classNames = new HashMap<>();
    private final Map<String, String> classSizes = new HashMap<>();
    private final PerRequest read = new PerRequest();

    /** Runs when the page opens: anyone signed in; the list holds only what they may book. */
    public void load() {
        currentUser.require();
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
            EventBooking booking = bookings.bookMyPlace(eventId, sendKey, Instant.now());
            done(booking);
        } catch (InvalidInputException invalid) {
            messages.error(invalid.errors().get(0).message());
        }
    }

    public void bookForClass(String eventId) {
        try {
            EventBooking booking = bookings.bookForClass(eventId, classNames.get(eventId), classSizes.get(eventId), sendKey, Instant.now());
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
