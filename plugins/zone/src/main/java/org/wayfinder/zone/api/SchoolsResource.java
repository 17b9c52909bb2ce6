package org.wayfinder.zone.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wayfinder.zone.school.School;
import org.wayfinder.zone.school.Schools;

/** The programme's register of schools for integrations, {@code /api/v1/zones/schools}: read and added to by owners and moderators. */
@Path("zones/schools")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(ref = ZonesResource.TAG)
public class SchoolsResource {

    /** A school of the register with its priority flags. */
    public record SchoolView(String id, String name, String county, boolean underServed, boolean wideningParticipation) {
    }

    /** What adding a school takes. */
    public record NewSchool(String name, String county, boolean underServed, boolean wideningParticipation) {
    }

    @Inject
    Schools schools;

    @Inject
    TakingPart takingPart;

    @GET
    @Operation(summary = "The register of schools with their priority flags (owners and moderators)")
    public List<SchoolView> schools() {
        takingPart.requireStaff();
        return schools.all().stream().map(SchoolsResource::view).toList();
    }

    @POST
    @Operation(summary = "Add a school to the register (owners and moderators)")
    public SchoolView addSchool(NewSchool school) {
        NewSchool given = school == null ? new NewSchool(null, null, false, false) : school;
        return view(schools.addSchool(given.name(), given.county(), given.underServed(), given.wideningParticipation()));
    }

    private static SchoolView view(School school) {
        return new SchoolView(school.getId(), school.getName(), school.getCounty(), school.isUnderServed(), school.isWideningParticipation());
    }
}
