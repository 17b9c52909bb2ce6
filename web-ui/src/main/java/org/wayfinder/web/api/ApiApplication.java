package org.wayfinder.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API, under {@code /api/v1} on each programme's own address: the tenant is the one the
 * Host names, exactly as for its pages. Every resource in the WAR, plugins' included, is part of it;
 * errors are {@link Problem} documents. The OpenAPI document is served at {@code /openapi}.
 */
@ApplicationPath("api/v1")
@OpenAPIDefinition(
        info = @Info(title = "Wayfinder API", version = "1",
                description = "Call it on a programme's own address (https://<programme>.<base domain>/api/v1/...) "
                        + "with an API token its owner created: Authorization: Bearer wf_... Errors are RFC 9457 problem "
                        + "documents with a list of field errors for refused input."),
        security = @SecurityRequirement(name = "token"))
@SecurityScheme(securitySchemeName = "token", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An API token created by the programme's owner under Admin, API tokens.")
public class ApiApplication extends Application {

    /** No generated WADL: the OpenAPI document is the API's one description. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
