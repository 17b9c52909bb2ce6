package org.wayfinder.events.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wayfinder.events.event.Event;
import org.wayfinder.events.event.EventBooking;
import org.wayfinder.events.event.EventBookings;
import org.wayfinder.events.event.Events;
import org.wayfinder.events.placement.Placement;
import org.wayfinder.events.placement.PlacementApplication;
import org.wayfinder.events.placement.Placements;
import org.wayfinder.events.report.EventsReport;
import org.wayfinder.platform.spi.audit.AuditTrail;

/**
 * Events for integrations, under {@code /api/v1/events/}: the programme's events with their sessions
 * and places, who booked each, and the report's figures, for owners' tokens; the work experience
 * placements and who applied for each, for owners' and moderators' tokens. Every call goes through the same services as
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

    /** One line of the report: all events, a kind of event or a school. */
    public record GroupView(String name, boolean priority, int events, int booked, int attended, int noShows, Integer attendanceRate,
                            int responses, BigDecimal averageScore) {

        static GroupView of(EventsReport.Group g) {
            return new GroupView(g.name(), g.priority(), g.events(), g.booked(), g.attended(), g.noShows(), g.attendanceRate(), g.responses(),
                    g.averageScore());
        }
    }

    /** The report's figures, the shares included; scores[0] counts the answers that gave 1. */
    public record ReportView(GroupView all, int priorityBooked, Integer priorityShareBooked, int priorityAttended,
                             Integer priorityShareAttended, List<Integer> scores, List<GroupView> byType, List<GroupView> bySchool) {
    }

    /** A work experience placement, with its supervisor's vetting for its days and its applications as they stand. */
    public record PlacementView(String id, String department, String title, String description, LocalDate startsOn, LocalDate endsOn,
                                LocalDate applicationsCloseOn, int places, String supervisorId, String supervisorName,
                                boolean supervisorVetted, int applications, int allocated, Instant allocatedAt) {
    }

    /**
     * An application for a placement: the student's choice (1 to 3), their age on its first day, school,
     * what came of it, the days they came and whether the supervisor has written their reference.
     */
    public record PlacementApplicationView(String id, String accountId, String name, int choice, int ageOnFirstDay, String school,
                                           String status, Instant appliedAt, Instant decidedAt, long daysPresent,
                                           boolean referenceWritten) {
    }

    /** The audit trail's action for the report's figures read through the API (a download from the page is a {@code download}). */
    public static final String REPORT_EXPORTED = "events.report.exported";

    @Inject
    Events events;

    @Inject
    EventsReport report;

    @Inject
    AuditTrail audit;

    @Inject
    EventBookings bookings;

    @Inject
    Placements placements;

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

    @GET
    @Path("placements")
    @Operation(summary = "Every work experience placement, latest first, with its supervisor's vetting and its applications (owners and"
            + " moderators)")
    public List<PlacementView> placements() {
        return placements.offered(Instant.now()).stream().map(o -> {
            Placement p = o.placement();
            return new PlacementView(p.getId(), p.getDepartment(), p.getTitle(), p.getDescription(), p.getStartsOn(), p.getEndsOn(),
                    p.getApplicationsCloseOn(), p.getPlaces(), p.getSupervisorId(), o.supervisorName(), o.supervisorVetted(),
                    o.applications(), o.allocated(), p.getAllocatedAt());
        }).toList();
    }

    @GET
    @Path("placements/{placementId}/applications")
    @Operation(summary = "Who applied for a placement, with their choice, what came of it and the days they came (owners and moderators)")
    public List<PlacementApplicationView> placementApplications(@PathParam("placementId") String placementId) {
        return placements.applicants(placementId).stream().map(a -> {
            PlacementApplication application = a.application();
            return new PlacementApplicationView(application.getId(), application.getAccountId(), a.name(), application.getChoice(),
                    a.ageOnFirstDay(), application.getSchool(), application.getStatus().name(), application.getAppliedAt(),
                    application.getDecidedAt(), a.daysPresent(), application.getReference() != null);
        }).toList();
    }

    @GET
    @Path("report")
    @Operation(summary = "The events report's figures over the events held so far (owners); definitions in docs/events.md")
    public ReportView report() {
        EventsReport.Figures f = report.figures(Instant.now());
        audit.record(REPORT_EXPORTED, null, null, "the report's figures, through the API");
        return new ReportView(GroupView.of(f.whole()), f.priorityBooked(), f.priorityShareBooked(), f.priorityAttended(),
                f.priorityShareAttended(), f.scores(), f.byType().stream().map(GroupView::of).toList(),
                f.bySchool().stream().map(GroupView::of).toList());
    }

    private static EventView view(Events.Scheduled scheduled, EventBookings.Places places) {
        Event e = scheduled.event();
        return new EventView(e.getId(), e.getTitle(), e.getType(), e.getDescription(), e.isOnline(), e.getVenue(), e.getStatus().name(),
                e.getPublishedAt(), e.getCapacity(), places.booked(), places.waiting(), e.isForStudents(), e.isForParents(), e.isForClasses(),
                e.isByApplication(), scheduled.sessions().stream().map(s -> new SessionView(s.getStartsAt(), s.getEndsAt())).toList());
    }
}
