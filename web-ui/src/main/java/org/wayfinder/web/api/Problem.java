package org.wayfinder.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;
import org.wayfinder.platform.spi.FieldError;

/**
 * The one shape of every error the API answers (RFC 9457 problem details): the status, a short
 * title, a sentence for people, and for refused input every field with what is wrong with it.
 *
 * @param type   always {@code about:blank}: the status and title say what kind of problem it is
 * @param title  a short, fixed summary of the status
 * @param status the HTTP status
 * @param detail what happened in this case, safe to show a user
 * @param errors the fields that were refused, empty otherwise
 */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final Jsonb JSON = JsonbBuilder.create();

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, List.of());
    }

    public static Problem invalid(List<FieldError> errors) {
        return new Problem("about:blank", "Invalid input", 422,
                errors.size() == 1 ? errors.get(0).message() : "Some of the input was refused; see errors.", errors);
    }

    public Response toResponse() {
        Response.ResponseBuilder builder = Response.status(status).type(MEDIA_TYPE).entity(JSON.toJson(this));
        if (status == 401) {
            builder.header("WWW-Authenticate", "Bearer");
        }
        return builder.build();
    }

    /** Writes the problem straight to a servlet response, for answers given before JAX-RS runs. */
    public void write(HttpServletResponse response) throws IOException {
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.getWriter().write(JSON.toJson(this));
    }
}
