package org.wayfinder.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.wayfinder.config.configuration.ConfigurationExporter;
import org.wayfinder.config.configuration.ConfigurationImporter;
import org.wayfinder.config.configuration.ImportReport;
import org.wayfinder.platform.spi.audit.AuditTrail;

/**
 * The programme's whole configuration as one document (schema at
 * {@code /schemas/tenant-configuration.schema.json}): read it, check a document, or import one, all
 * or nothing. Owners' tokens only; the programme is the one the call is made on.
 */
@Path("configuration")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ConfigurationResource {

    /** The audit trail's action for the configuration read through the API (a download from the page is a {@code download}). */
    public static final String EXPORTED = "configuration.exported";

    @Inject
    AuditTrail audit;

    @Inject
    ConfigurationExporter exporter;

    @Inject
    ConfigurationImporter importer;

    @GET
    @Operation(summary = "The programme's configuration: branding, forms, journeys and plugin settings")
    @APIResponse(responseCode = "200", description = "The configuration document")
    @APIResponse(responseCode = "403", description = "The token is not an owner's")
    public Response export() {
        String document = exporter.exportJson();
        audit.record(EXPORTED, "configuration", null, "through the API");
        return Response.ok(document, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check a configuration document and, unless it is a dry run, import it, all or nothing")
    @APIResponse(responseCode = "200", description = "The report: what changed, or with dryRun what would change")
    @APIResponse(responseCode = "422", description = "The document has problems, each with its JSON path; nothing changed")
    @APIResponse(responseCode = "403", description = "The token is not an owner's")
    public ImportReport importDocument(@Parameter(description = "Only check and report; change nothing") @QueryParam("dryRun") boolean dryRun,
                                       String document) {
        ImportReport report = dryRun ? importer.dryRun(document) : importer.apply(document);
        if (!report.ok()) {
            throw new org.wayfinder.platform.spi.InvalidInputException(report.problems());
        }
        return report;
    }
}
