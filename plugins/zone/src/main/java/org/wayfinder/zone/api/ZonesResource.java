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
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wayfinder.zone.event.Team;
import org.wayfinder.zone.event.Zone;
import org.wayfinder.zone.event.Zones;

/**
 * The Zone for integrations, under {@code /api/v1/zones/}: this resource keeps the Zones and their
 * teams; {@link SchoolsResource}, {@link ChatsResource}, {@link QuestionsResource},
 * {@link VotesResource} and {@link ReportResource} keep the rest, all under the one OpenAPI tag
 * declared here. Every call goes through the same services as the pages, so the same roles apply
 * (an API token carries the roles it was given; a signed-in browser session its person's).
 *
 * <p>Resources whose addresses begin at {@code zones/} in more than one way share this
 * {@code @Path("zones")}: JAX-RS matches root resources with the same path as one, so every
 * address resolves as it did when they were a single class.
 */
@Path("zones")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ZonesResource.TAG, description = "Zones, teams, schools, Chats and bookings, questions, answers, comments and votes")
public class ZonesResource {

    /** The OpenAPI tag of every Zone resource; the others refer to it by this name. */
    static final String TAG = "Zones";

    /** A Zone. */
    public record ZoneView(String id, String name, String summary, LocalDate opensOn, LocalDate closesOn, List<String> funders,
                           String prize, Instant closedAt, List<String> winnerTeamIds, List<TeamView> teams) {
    }

    /** A team. */
    public record TeamView(String id, String name, String description) {
    }

    /** What creating a Zone takes; funders one per line. */
    public record NewZone(String name, String summary, LocalDate opensOn, LocalDate closesOn, String funders, String prize) {
    }

    /** What adding a team takes. */
    public record NewTeam(String name, String description) {
    }

    @Inject
    Zones zones;

    @Inject
    TakingPart takingPart;

    @GET
    @Operation(summary = "Every Zone with its teams (owners)")
    public List<ZoneView> zones() {
        return zones.forOwner().stream().map(this::view).toList();
    }

    @POST
    @Operation(summary = "Create a Zone (owners)")
    public ZoneView create(NewZone zone) {
        NewZone given = zone == null ? new NewZone(null, null, null, null, null, null) : zone;
        return view(zones.create(new Zones.Details(given.name(), given.summary(), given.opensOn(), given.closesOn(), given.funders(),
                given.prize())));
    }

    @GET
    @Path("{zoneId}")
    @Operation(summary = "One Zone with its teams (owners, moderators, and the Zone's students, teachers and professionals)")
    public ZoneView zone(@PathParam("zoneId") String zoneId) {
        return view(takingPart.zone(zoneId));
    }

    @POST
    @Path("{zoneId}/teams")
    @Operation(summary = "Add a team to a Zone (owners)")
    public TeamView addTeam(@PathParam("zoneId") String zoneId, NewTeam team) {
        Team added = zones.addTeam(zoneId, team == null ? null : team.name(), team == null ? null : team.description());
        return new TeamView(added.getId(), added.getName(), added.getDescription());
    }

    @POST
    @Path("{zoneId}/close")
    @Operation(summary = "Close a Zone: voting, booking and asking stop, and the winners are fixed (owners)")
    public ZoneView close(@PathParam("zoneId") String zoneId) {
        return view(zones.close(zoneId));
    }

    private ZoneView view(Zone zone) {
        return new ZoneView(zone.getId(), zone.getName(), zone.getSummary(), zone.getOpensOn(), zone.getClosesOn(), zone.getFunders(),
                zone.getPrize(), zone.getClosedAt(), zone.getWinnerIds(),
                zones.teams(zone.getId()).stream().map(t -> new TeamView(t.getId(), t.getName(), t.getDescription())).toList());
    }
}
