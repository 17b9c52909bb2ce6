package org.wayfinder.zone.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wayfinder.zone.report.ZoneReport;

/**
 * The end-of-Zone report for integrations, {@code /api/v1/zones/{zoneId}/report}: the owner's
 * figures as the report page shows them, with the derived ones spelled out so that an integration
 * need not work them out again.
 */
@Path("zones/{zoneId}/report")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(ref = ZonesResource.TAG)
public class ReportResource {

    /** The report's figures, with the derived ones (shares, averages) spelled out; definitions in docs/zone-report.md. */
    public record ReportView(ZoneReport.Figures figures, Long shareActive, long schoolsActive, Long linesPerChat, Long shareFromPriority,
                             Long shareFromUnderServed, Long shareFromWidening, Long professionalsPerChat,
                             Long chatsPerJoiningProfessional, Long linesPerJoiningProfessional, Long answersPerAnsweringProfessional,
                             BigDecimal commentsPerAnsweringProfessional) {
    }

    @Inject
    ZoneReport report;

    @GET
    @Operation(summary = "The end-of-Zone report's figures, tables, words and winner (owners); definitions in docs/zone-report.md")
    public ReportView report(@PathParam("zoneId") String zoneId) {
        ZoneReport.Figures f = report.figures(zoneId);
        return new ReportView(f, f.shareActive(), f.schoolsActive(), f.linesPerChat(), f.shareFromPriority(), f.shareFromUnderServed(),
                f.shareFromWidening(), f.professionalsPerChat(), f.chatsPerJoiningProfessional(), f.linesPerJoiningProfessional(),
                f.answersPerAnsweringProfessional(), f.commentsPerAnsweringProfessional());
    }
}
