package org.wayfinder.events.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wayfinder.events.event.Event;
import org.wayfinder.events.event.EventBooking;
import org.wayfinder.events.event.EventBookings;
import org.wayfinder.events.event.Events;

/**
 * Events for integrations, under {@code /api/v1/events/}: the programme's events with their sessions
 * and places, and who booked each, for owners' tokens. Every call goes through the same services as
 * the pages, so the same roles apply; where Events is off the addresses answer 404.
 */
@Path("events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Events", description = "Career events, work experience and parent sessions, their places and bookings")
public class EventsResource {

    /** An event, with its sessions and its places as they stand. */
    public record EventView(String id, String title, String type, String description, boolean online, String venue, String status,
                            Instant publishedAt, int capacity, int booked, int waiting, boolean forStudents, boolean forParents,
                            boolean forClasses, boolean byApplication, List<SessionView> sessions) {
    }

    /** One sitting of an event. */
    public record SessionView(Instant startsAt, Instant endsAt) {
    }

    /** A booking: a person's own place (no class) or a teacher's for a class; position is its place in the event's order. */
    public record BookingView(String id, int position, String accountId, String name, String bookedAs, String className, int places,
                              String status, Instant requestedAt, Instant bookedAt, Instant cancelledAt, Instant decidedAt, String reason) {
    }

    @Inject
    Events events;

    @Inject
    EventBookings bookings;

    @GET
    @Operation(summary = "Every event of the programme, soonest first, with its sessions and places (owners)")
    public List<EventView> events() {
        List<Events.Scheduled> all = events.all();
        Map<String, EventBookings.Places> places = bookings.placesOf(all.stream().map(Events.Scheduled::event).toList());
        return all.stream().map(scheduled -> view(scheduled, places.get(scheduled.event().getId()))).toList();
    }

    @GET
    @Path("{eventId}/bookings")
    @Operation(summary = "Who booked an event, in the order they asked, with what became of each booking (owners)")
    public List<BookingView> bookings(@PathParam("eventId") String eventId) {
        return bookings.ofEvent(eventId).stream().map(row -> {
            EventBooking b = row.booking();
            return new BookingView(b.getId(), b.getPosition(), b.getAccountId(), row.personName(), b.getBookedAs(), b.getClassName(),
                    b.getPlaces(), b.getStatus().name(), b.getRequestedAt(), b.getBookedAt(), b.getCancelledAt(), b.getDecidedAt(), b.getReason());
        }).toList();
    }

    private static EventView view(Events.Scheduled scheduled, EventBookings.Places places) {
        Event e = scheduled.event();
        return new EventView(e.getId(), e.getTitle(), e.getType(), e.getDescription(), e.isOnline(), e.getVenue(), e.getStatus().name(),
                e.getPublishedAt(), e.getCapacity(), places.booked(), places.waiting(), e.isForStudents(), e.isForParents(), e.isForClasses(),
                e.isByApplication(), scheduled.sessions().stream().map(s -> new SessionView(s.getStartsAt(), s.getEndsAt())).toList());
    }
}
