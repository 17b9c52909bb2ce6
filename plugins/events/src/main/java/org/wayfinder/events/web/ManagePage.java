package org.wayfinder.events.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.wayfinder.events.event.EventBookings;
import org.wayfinder.events.event.Events;
import org.wayfinder.platform.spi.web.PerRequest;

/** The owner's events: every event with its dates, places booked and waiting, and status; a new one. */
@Named("eventsManagePage")
@ViewScoped
public class ManagePage implements Serializable {

    @Inject
    Events events;

    @Inject
    EventBookings bookings;

    private final PerRequest read = new PerRequest();

    /** Runs when the page opens: owners only. */
    public void load() {
        getEvents();
    }

    public List<Events.Scheduled> getEvents() {
        return read.get("events", events::all);
    }

    public Map<String, EventBookings.Places> getPlaces() {
        return read.get("places", () -> bookings.placesOf(getEvents().stream().map(Events.Scheduled::event).toList()));
    }

    public boolean past(Events.Scheduled scheduled) {
        return scheduled.endsAt() != null && !scheduled.ahead(Instant.now());
    }
}
