package org.wayfinder.zone.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.RecordNotFoundException;
import org.wayfinder.zone.booking.Booking;
import org.wayfinder.zone.booking.Bookings;
import org.wayfinder.zone.event.Zones;

/**
 * A Zone's Chat timetable and the classes' bookings for integrations: owners publish Chat slots,
 * approved teachers book and cancel, owners and moderators record what happened. Its addresses
 * begin at {@code zones/} in three ways ({@code {zoneId}/chats}, {@code chats/...},
 * {@code bookings/...}), so it shares {@link ZonesResource}'s path.
 */
@Path("zones")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(ref = ZonesResource.TAG)
public class ChatsResource {

    /** A Chat slot with its bookings. */
    public record ChatView(String id, String teamId, Instant startsAt, int minutes, int classes, List<BookingView> bookings) {
    }

    /** A class's booking and what came of it. */
    public record BookingView(String id, String chatId, String schoolId, String className, String status, Instant bookedAt) {
    }

    /** What publishing a Chat takes. */
    public record NewChat(String teamId, Instant startsAt, Integer minutes, Integer classes) {
    }

    /** What booking or cancelling takes. */
    public record BookingRequest(String className, String reason) {
    }

    /** An outcome to record: TOOK_PLACE or NO_SHOW. */
    public record Outcome(String outcome) {
    }

    @Inject
    Bookings bookings;

    @Inject
    Zones zones;

    @Inject
    TakingPart takingPart;

    @GET
    @Path("{zoneId}/chats")
    @Operation(summary = "The Zone's Chat timetable with every booking (owners and moderators)")
    public List<ChatView> chats(@PathParam("zoneId") String zoneId) {
        takingPart.requireStaff();
        zones.find(zoneId).orElseThrow(() -> new RecordNotFoundException("Zone"));
        return bookings.slots(zoneId).stream().map(slot -> new ChatView(slot.chat().getId(), slot.chat().getTeamId(),
                slot.chat().getStartsAt(), slot.chat().getMinutes(), slot.chat().getClasses(),
                slot.bookings().stream().map(ChatsResource::view).toList())).toList();
    }

    @POST
    @Path("{zoneId}/chats")
    @Operation(summary = "Publish a Chat slot (owners)")
    public ChatView publish(@PathParam("zoneId") String zoneId, NewChat chat) {
        NewChat given = chat == null ? new NewChat(null, null, null, null) : chat;
        var published = bookings.publish(zoneId, given.teamId(), given.startsAt(), given.minutes() == null ? 30 : given.minutes(),
                given.classes() == null ? 1 : given.classes());
        return new ChatView(published.getId(), published.getTeamId(), published.getStartsAt(), published.getMinutes(),
                published.getClasses(), List.of());
    }

    @POST
    @Path("chats/{chatId}/bookings")
    @Operation(summary = "Book a place in a Chat for one of your classes (approved teachers)")
    public BookingView book(@PathParam("chatId") String chatId, BookingRequest request) {
        return view(bookings.book(chatId, request == null ? null : request.className()));
    }

    @POST
    @Path("bookings/{bookingId}/cancel")
    @Operation(summary = "Cancel a booking before its Chat starts (the school's teachers, owners)")
    public BookingView cancel(@PathParam("bookingId") String bookingId, BookingRequest request) {
        return view(bookings.cancel(bookingId, request == null ? null : request.reason()));
    }

    @POST
    @Path("bookings/{bookingId}/outcome")
    @Operation(summary = "Record what happened at a booked Chat: TOOK_PLACE or NO_SHOW (owners and moderators)")
    public BookingView outcome(@PathParam("bookingId") String bookingId, Outcome outcome) {
        Booking.Status status;
        try {
            status = Booking.Status.valueOf(outcome == null || outcome.outcome() == null ? "" : outcome.outcome());
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException("outcome", "Say TOOK_PLACE or NO_SHOW.");
        }
        return view(bookings.recordOutcome(bookingId, status));
    }

    private static BookingView view(Booking booking) {
        return new BookingView(booking.getId(), booking.getChatId(), booking.getSchoolId(), booking.getClassName(),
                booking.getStatus().name(), booking.getBookedAt());
    }
}
