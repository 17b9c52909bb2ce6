package org.wayfinder.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wayfinder.platform.evidence.Encounters;
import org.wayfinder.platform.report.Csv;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.audit.AuditTrail;
import org.wayfinder.platform.spi.evidence.Encounter;

/**
 * Evidence of careers encounters for integrations (an owner's token): the same rows as Admin >
 * Careers encounters, for all schools or one, as JSON or as the CSV schools' careers records import.
 * Each export is recorded in the audit trail.
 */
@Path("evidence/encounters")
@RequestScoped
@Tag(name = "Evidence", description = "Students' encounters with professionals, for schools' careers records (Gatsby Benchmark 5)")
public class EvidenceResource {

    /** The audit trail's action for reading the evidence through the API. */
    public static final String EXPORTED = "evidence.exported";

    /**
     * One encounter of one student.
     *
     * @param date    the day, in the UK
     * @param minutes how long it lasted; 0 where it has no length (an answer)
     */
    public record EncounterView(String studentId, String student, String school, LocalDate date, String type, String organisation,
                                String activity, int minutes) {

        static EncounterView of(Encounters.Row row) {
            Encounter e = row.encounter();
            return new EncounterView(e.studentId(), row.student(), e.school(), e.date(), e.type(), e.organisation(), e.activity(),
                    e.minutes());
        }
    }

    @Inject
    Encounters encounters;

    @Inject
    AuditTrail audit;

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(summary = "Students' encounters with professionals, oldest first (owners): all schools, or one by its name")
    @APIResponse(responseCode = "200", description = "The encounters, one per student and encounter",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = EncounterView.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "403", description = "The token is not an owner's")
    @APIResponse(responseCode = "422", description = "The format is neither csv nor json")
    public Response encounters(@Parameter(description = "A school's name as the encounters give it, any case; all schools if left out")
                               @QueryParam("school") String school,
                               @Parameter(description = "csv for the CSV schools import; otherwise JSON")
                               @QueryParam("format") String format) {
        boolean csv = "csv".equalsIgnoreCase(format);
        if (!csv && format != null && !format.isBlank() && !"json".equalsIgnoreCase(format)) {
            throw new InvalidInputException("format", "Ask for format=csv or format=json.");
        }
        List<Encounters.Row> rows = encounters.of(school);
        audit.record(EXPORTED, null, null, (csv ? "CSV, " : "JSON, ") + rows.size() + " encounters"
                + (school == null || school.isBlank() ? "" : ", " + school.strip()));
        if (csv) {
            StringBuilder out = new StringBuilder(Csv.row(Encounter.CSV_COLUMNS));
            rows.forEach(row -> out.append(Csv.row(row.csv())));
            return Response.ok(out.toString(), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"encounters.csv\"").build();
        }
        return Response.ok(rows.stream().map(EncounterView::of).toList(), MediaType.APPLICATION_JSON_TYPE).build();
    }
}
