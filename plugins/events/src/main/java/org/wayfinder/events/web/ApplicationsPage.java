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
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.web.Messages;
import org.wayfinder.platform.spi.web.PerRequest;

/** Staff: applications for events, oldest first, to accept or to decline with a reason the person is told. */
@Named("eventApplicationsPage")
@ViewScoped
public class ApplicationsPage implements Serializable {

    @Inject
    EventBookings bookings;

    @Inject
    Messages messages;

    private final Map<String, String> reasons = new HashMap<>();
    private final PerRequest read = new PerRequest();

    /** Runs when the page opens: moderators and owners. */
    public void load() {
        getApplications();
    }

    public List<EventBookings.Row> getApplications() {
        return read.get("applications", bookings::applications);
    }

    public void accept(String bookingId) {
        try {
            EventBooking booking = bookings.accept(bookingId, Instant.now());
            read.forget();
            messages.info(booking.getStatus() == EventBooking.Status.BOOKED ? "Accepted: they have a place and are emailed."
                    : "Accepted: the event is full, so they are on its waiting list and are emailed.");
        } catch (InvalidInputException invalid) {
            messages.error(invalid.errors().get(0).message());
        }
    }

    public void decline(String bookingId) {
        try {
            bookings.decline(bookingId, reasons.get(bookingId), Instant.now());
            reasons.remove(bookingId);
            read.forget();
            messages.info("Declined: they are emailed your reason.");
        } catch (InvalidInputException invalid) {
            messages.error(invalid.errors().get(0).message());
        }
    }

    public Map<String, String> getReasons() {
        return reasons;
    }
}
