package org.wayfinder.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wayfinder.platform.safeguarding.cases.CaseEntry;
import org.wayfinder.platform.safeguarding.cases.CaseFile;
import org.wayfinder.platform.safeguarding.cases.CaseStatus;
import org.wayfinder.platform.safeguarding.cases.SafeguardingCase;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.RecordNotFoundException;

/**
 * The programme's safeguarding cases for an integration holding a safeguarding lead's or an owner's
 * token: the same cases, with the same frozen content, as {@code /staff/cases.xhtml}. Read only.
 */
@Path("cases")
@RequestScoped
@Tag(name = "Safeguarding cases", description = "Reports and concerns for the safeguarding lead (lead and owner tokens only)")
public class CasesResource {

    /**
     * A case in a list.
     *
     * @param kind   MESSAGE, CHAT_LINE, QUESTION, COMMENT or PERSON
     * @param status NEW, IN_PROGRESS, REFERRED or CLOSED
     */
    public record Summary(String id, String kind, String status, String subjectId, String subjectName, String reporterName,
                          Instant openedAt, Instant closedAt) {

        static Summary of(SafeguardingCase c, String subjectName) {
            return new Summary(c.getId(), c.getKind().name(), c.getStatus().name(), c.getSubjectId(), subjectName, c.getReporterName(),
                    c.getOpenedAt(), c.getClosedAt());
        }
    }

    /**
     * A page of cases.
     *
     * @param total how many cases match in all
     * @param first the position of the first returned, from 0
     */
    public record Page(long total, int first, List<Summary> cases) {
    }

    /** One thing written or done on a case. */
    public record Entry(Instant at, String type, String authorId, String authorName, String text) {

        static Entry of(CaseEntry e) {
            return new Entry(e.getWrittenAt(), e.getType().name(), e.getAuthorId(), e.getAuthorName(), e.getText());
        }
    }

    /**
     * A case with what was reported as it was when it opened.
     *
     * @param recordType the kind of record reported (message, chat-line, question); null for a concern about a person
     * @param context    the lines around it, oldest first
     */
    public record Detail(Summary summary, String recordType, String recordId, String reportedText, List<String> context,
                         String reporterNote, String outcome, List<Entry> entries) {
    }

    @Inject
    CaseFile cases;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Safeguarding cases, newest first (safeguarding lead or owner)")
    @APIResponse(responseCode = "200", description = "A page of cases",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Page.class)))
    @APIResponse(responseCode = "403", description = "The token is not a safeguarding lead's or an owner's")
    @APIResponse(responseCode = "422", description = "An unknown status, or first or max out of range")
    public Page list(@Parameter(description = "new, in_progress, referred or closed; all when left out") @QueryParam("status") String status,
                     @Parameter(description = "How many matching cases to skip") @QueryParam("first") Integer first,
                     @Parameter(description = "How many to return, 1 to 100 (default 50)") @QueryParam("max") Integer max) {
        CaseStatus filter = status(status);
        int skip = first == null ? 0 : first;
        int size = max == null ? 50 : max;
        List<Summary> page = cases.page(filter, skip, size).stream().map(row -> Summary.of(row.safeguardingCase(), row.subjectName())).toList();
        return new Page(cases.count(filter), skip, page);
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One safeguarding case with its frozen content and history (safeguarding lead or owner)")
    @APIResponse(responseCode = "200", description = "The case",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Detail.class)))
    @APIResponse(responseCode = "403", description = "The token is not a safeguarding lead's or an owner's")
    @APIResponse(responseCode = "404", description = "No such case in this programme")
    public Detail one(@PathParam("id") String id) {
        if (id == null || id.length() > 36) {
            throw new RecordNotFoundException("Safeguarding case");
        }
        CaseFile.View view = cases.view(id);
        SafeguardingCase c = view.safeguardingCase();
        return new Detail(Summary.of(c, view.subjectName()), c.getRecordType(), c.getRecordId(), c.getFrozenText(), c.getContext(),
                c.getReporterNote(), c.getOutcome(), view.entries().stream().map(Entry::of).toList());
    }

    private static CaseStatus status(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return CaseStatus.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException("status", "Ask for status new, in_progress, referred or closed.");
        }
    }
}
