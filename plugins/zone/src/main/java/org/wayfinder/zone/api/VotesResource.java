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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wayfinder.platform.spi.AccessDeniedException;
import org.wayfinder.zone.event.Team;
import org.wayfinder.zone.event.Zone;
import org.wayfinder.zone.event.Zones;
import org.wayfinder.zone.vote.Vote;
import org.wayfinder.zone.vote.Votes;

/**
 * A Zone's vote for integrations, {@code /api/v1/zones/{zoneId}/votes}: each student casts one;
 * the counts per team are for owners and moderators always, for others once the Zone has closed
 * unless the programme shows them sooner.
 */
@Path("zones/{zoneId}/votes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(ref = ZonesResource.TAG)
public class VotesResource {

    /** A vote to cast. */
    public record Ballot(String teamId) {
    }

    /** A team's votes. */
    public record TallyView(String teamId, String teamName, long votes, boolean winner) {
    }

    @Inject
    Votes votes;

    @Inject
    Zones zones;

    @Inject
    TakingPart takingPart;

    @POST
    @Operation(summary = "Cast your one vote in the Zone (the Zone's students)")
    public TallyView vote(@PathParam("zoneId") String zoneId, Ballot ballot) {
        Vote vote = votes.vote(zoneId, ballot == null ? null : ballot.teamId());
        return new TallyView(vote.getTeamId(), zones.team(vote.getTeamId()).map(Team::getName).orElse(""), 1, false);
    }

    @GET
    @Operation(summary = "Votes per team: owners and moderators always, others once the Zone has closed unless the programme shows them")
    public List<TallyView> tally(@PathParam("zoneId") String zoneId) {
        Zone zone = takingPart.zone(zoneId);
        if (!votes.resultsVisible(zone)) {
            throw new AccessDeniedException("The votes are counted when the Zone closes.");
        }
        return zones.tally(zoneId).stream().map(t -> new TallyView(t.team().getId(), t.team().getName(), t.votes(),
                zone.getWinnerIds().contains(t.team().getId()))).toList();
    }
}
