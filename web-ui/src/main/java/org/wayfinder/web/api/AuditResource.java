package org.wayfinder.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wayfinder.platform.audit.AuditEntries;
import org.wayfinder.platform.audit.AuditEntry;
import org.wayfinder.platform.audit.AuditQuery;
import org.wayfinder.platform.report.Csv;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.audit.AuditTrail;

/**
 * The programme's audit trail for integrations (an owner's token): the entries matching a search,
 * newest first, as JSON a page at a time or as CSV with every match. Read only: there is no way
 * through the API, as there is none through the pages, to change or remove an entry. Each export
 * is itself recorded.
 */
@Path("audit")
@RequestScoped
@Tag(name = "Audit", description = "Who did what, when and from where: the programme's append-only audit trail")
public class AuditResource {

    /** The audit trail's action for reading it through the API. */
    public static final String EXPORTED = "audit.exported";

    /**
     * One entry.
     *
     * @param at         when, as an instant (UTC)
     * @param actorKind  PERSON, API_TOKEN, PLATFORM or VISITOR
     * @param actorId    the account's or token's id
     * @param actorRoles the roles held then
     * @param before     a changed setting's value before (configuration changes only)
     * @param after      and after
     */
    public record Entry(String id, Instant at, String action, String recordType, String recordId, String actorKind, String actorId,
                        String actorName, List<String> actorRoles, String address, String detail, String before, String after) {

        static Entry of(AuditEntry entry) {
            return new Entry(entry.getId(), entry.getAt(), entry.getAction(), entry.getRecordType(), entry.getRecordId(),
                    entry.getActorKind().name(), entry.getActorId(), entry.getActorName(),
                    entry.getActorRoles().isEmpty() ? List.of() : Arrays.asList(entry.getActorRoles().split(",")), entry.getAddress(),
                    entry.getDetail(), entry.getBefore(), entry.getAfter());
        }
    }

    /**
     * A page of entries.
     *
     * @param total   how many entries match in all
     * @param first   the position of the first one returned, from 0
     * @param entries the entries, newest first
     */
    public record Page(long total, int first, List<Entry> entries) {
    }

    @Inject
    AuditEntries entries;

    @Inject
    AuditTrail audit;

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(summary = "The audit trail, newest first (owners): as JSON a page at a time, or with format=csv every matching entry (up to 50,000)")
    @APIResponse(responseCode = "200", description = "The matching entries",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Page.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "403", description = "The token is not an owner's")
    @APIResponse(responseCode = "422", description = "A date is not a date, or the last day comes before the first")
    public Response search(@Parameter(description = "The start of the actor's name, or an account's or token's id") @QueryParam("person") String person,
                           @Parameter(description = "An action or its start, e.g. sign-in or mentoring.") @QueryParam("action") String action,
                           @Parameter(description = "A record's id") @QueryParam("record") String record,
                           @Parameter(description = "The first day, yyyy-mm-dd, UK time") @QueryParam("from") String from,
                           @Parameter(description = "The last day, yyyy-mm-dd, UK time") @QueryParam("to") String to,
                           @Parameter(description = "How many matching entries to skip (JSON)") @QueryParam("first") Integer first,
                           @Parameter(description = "How many entries to return, 1 to 500 (JSON; default 100)") @QueryParam("max") Integer max,
                           @Parameter(description = "csv for the whole export as CSV; otherwise JSON") @QueryParam("format") String format) {
        AuditQuery query = new AuditQuery(person, action, record, day("from", from), day("to", to)).checked();
        if ("csv".equalsIgnoreCase(format)) {
            List<AuditEntry> all = entries.export(query);
            StringBuilder csv = new StringBuilder(Csv.row(AuditEntries.CSV_COLUMNS));
            all.forEach(entry -> csv.append(Csv.row(AuditEntries.csvRow(entry))));
            audit.record(EXPORTED, null, null, "CSV, " + all.size() + " entries");
            return Response.ok(csv.toString(), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"audit.csv\"").build();
        }
        if (format != null && !format.isBlank() && !"json".equalsIgnoreCase(format)) {
            throw new InvalidInputException("format", "Ask for format=csv or format=json.");
        }
        int skip = first == null ? 0 : first;
        int size = max == null ? 100 : max;
        if (skip < 0 || size < 1 || size > AuditEntries.MAX_PAGE) {
            throw new InvalidInputException("max", "Ask for first 0 or more and max 1 to " + AuditEntries.MAX_PAGE + ".");
        }
        long total = entries.count(query);
        List<Entry> page = entries.search(query, skip, size).stream().map(Entry::of).toList();
        audit.record(EXPORTED, null, null, "JSON, " + page.size() + " entries");
        return Response.ok(new Page(total, skip, page), MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static LocalDate day(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "Give the date as yyyy-mm-dd, for example 2026-12-05.");
        }
    }
}
