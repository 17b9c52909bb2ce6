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
 * <li>One server, {@link #SERVER}, in place of Payara's {@code http://localhost:8080/} (the instance's
 * own listener, wrong behind a balancer and on every programme's address). The document is built once
 * for every programme, so {@link OpenApiServers} replaces that placeholder on each request with the
 * address it was asked on, e.g. {@code http://healthcare-horizons.localhost:18080}; the paths carry
 * {@code /api/v1}.</li>
 * </ul>
 * WebIT checks the served document against the OpenAPI Initiative's 3.0 JSON Schema.
 */
public class OpenApiDocumentFilter implements OASFilter {

    /** The server as built; {@link OpenApiServers} puts the address of each request in its place. */
    static final String SERVER = "https://address-asked-on.wayfinder.invalid";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.setServers(List.of(OASFactory.createServer().url(SERVER)
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
