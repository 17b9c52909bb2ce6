package org.wayfinder.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.SignedInUser;
import org.wayfinder.platform.spi.TenantContext;
import org.wayfinder.platform.spi.TenantRef;

/** Who the caller is, on which programme: the first call an integration makes to check its token. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    /**
     * The caller as the API sees them.
     *
     * @param id        account id, or for a token the token's id
     * @param name      display name
     * @param roles     roles in this programme
     * @param apiToken  whether the caller is an API token
     * @param programme the programme (tenant) the call was made on
     */
    public record Me(String id, String name, List<String> roles, boolean apiToken, Programme programme) {
    }

    /**
     * @param slug its address
     * @param name its name
     */
    public record Programme(String slug, String name) {
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    TenantContext tenantContext;

    @GET
    @Operation(summary = "The caller and the programme the call was made on")
    @APIResponse(responseCode = "200", description = "The caller")
    @APIResponse(responseCode = "401", description = "No valid token or session")
    public Me me() {
        SignedInUser user = currentUser.require();
        TenantRef tenant = tenantContext.tenant();
        return new Me(user.accountId(), user.displayName(), user.roles().stream().sorted().toList(), user.apiToken(),
                new Programme(tenant.slug(), tenant.name()));
    }
}
