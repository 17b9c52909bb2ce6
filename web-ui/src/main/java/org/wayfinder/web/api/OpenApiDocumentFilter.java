package org.wayfinder.web.api;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Makes the document Payara serves at {@code /openapi} strict OpenAPI 3.0, once, when it is built
 * (registered by {@code mp.openapi.filter} in microprofile-config.properties):
 * <ul>
 * <li>No top-level {@code endpoints}: Payara adds that non-standard key (its list of each application's
 * paths) with no setting to leave it out; an empty one is not written, as Payara omits empty values.</li>
 * <li>One server, the relative URL {@code /}: the document is built once for every programme, so it
 * cannot name the host it is asked on, and Payara's default ({@code http://localhost:8080/}, the
 * instance's own listener) is wrong behind a balancer and on every programme's address. OpenAPI 3.0
 * resolves a relative server URL against the address the document was served from, so for
 * {@code http://healthcare-horizons.localhost:18080/openapi} the API is
 * {@code http://healthcare-horizons.localhost:18080/api/v1/...}, the paths carrying {@code /api/v1}.</li>
 * </ul>
 * WebIT checks the served document against the OpenAPI Initiative's 3.0 JSON Schema.
 */
public class OpenApiDocumentFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.setServers(List.of(OASFactory.createServer().url("/")
                .description("The programme's own address, the one this document was asked on")));
        withoutPayaraEndpoints(openAPI);
    }

    /** Payara's model has {@code setEndpoints(Map)} outside the MicroProfile API; another model has nothing to remove. */
    private static void withoutPayaraEndpoints(OpenAPI openAPI) {
        Method setEndpoints;
        try {
            setEndpoints = openAPI.getClass().getMethod("setEndpoints", Map.class);
        } catch (NoSuchMethodException notPayaras) {
            return;
        }
        try {
            setEndpoints.invoke(openAPI, new HashMap<String, Object>());
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Could not leave Payara's non-standard 'endpoints' out of the OpenAPI document", e);
        }
    }
}
