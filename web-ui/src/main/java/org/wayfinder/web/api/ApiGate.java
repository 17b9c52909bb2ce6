package org.wayfinder.web.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.wayfinder.platform.json.JsonLimits;
import org.wayfinder.platform.spi.CurrentUser;

/**
 * What every API call passes before any resource reads it:
 * <ul>
 * <li>a caller, or 401 at once: no endpoint of the API is anyone's, so a caller without a token
 * learns nothing about what its input would have been told (no 400 or 422 first);</li>
 * <li>a body no larger than {@link JsonLimits#MAX_BYTES} (413) and nested no deeper than
 * {@link JsonLimits#MAX_DEPTH} (422), measured before any JSON reader sees it, so no body can use
 * up a thread's stack or memory;</li>
 * <li>{@code Cache-Control: no-store} on every answer, all of which are someone's own data.</li>
 * </ul>
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class ApiGate implements ContainerRequestFilter, ContainerResponseFilter {

    @Inject
    CurrentUser currentUser;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (!currentUser.isSignedIn()) {
            request.abortWith(Problem.of(401, "Unauthorized", "Send an API token: Authorization: Bearer wf_...").toResponse());
            return;
        }
        if (!request.hasEntity()) {
            return;
        }
        if (request.getLength() > JsonLimits.MAX_BYTES) {
            request.abortWith(Problem.of(413, "Content Too Large", JsonLimits.tooLargeMessage()).toResponse());
            return;
        }
        byte[] body;
        try (InputStream in = request.getEntityStream()) {
            body = in.readNBytes(JsonLimits.MAX_BYTES + 1);
        }
        if (body.length > JsonLimits.MAX_BYTES) {
            request.abortWith(Problem.of(413, "Content Too Large", JsonLimits.tooLargeMessage()).toResponse());
            return;
        }
        if (JsonLimits.tooDeep(new String(body, StandardCharsets.UTF_8))) {
            request.abortWith(Problem.of(422, "Invalid input", JsonLimits.tooDeepMessage()).toResponse());
            return;
        }
        request.setEntityStream(new ByteArrayInputStream(body));
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
