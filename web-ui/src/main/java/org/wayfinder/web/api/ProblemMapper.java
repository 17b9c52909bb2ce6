package org.wayfinder.web.api;

import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.wayfinder.platform.spi.AccessDeniedException;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.NotSignedInException;
import org.wayfinder.platform.spi.RecordNotFoundException;

/**
 * Turns every exception that reaches the API into a {@link Problem}: refused input 422 with its field
 * errors, unreadable JSON 400, no caller 401, wrong role 403, no such record (in this tenant) 404.
 * Anything unexpected is logged and answered 500 without internals.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    @Inject
    Logger log;

    @Override
    public Response toResponse(Throwable exception) {
        return problemFor(exception).toResponse();
    }

    Problem problemFor(Throwable exception) {
        Throwable cause = unwrap(exception);
        if (cause instanceof InvalidInputException invalid) {
            return Problem.invalid(invalid.errors());
        }
        if (cause instanceof NotSignedInException) {
            return Problem.of(401, "Unauthorized", "Send an API token: Authorization: Bearer wf_...");
        }
        if (cause instanceof AccessDeniedException) {
            return Problem.of(403, "Forbidden", "The token's roles do not allow this.");
        }
        if (cause instanceof RecordNotFoundException notFound) {
            return Problem.of(404, "Not Found", notFound.getMessage());
        }
        if (cause instanceof JsonbException || cause instanceof JsonParsingException || cause instanceof ProcessingException) {
            return Problem.of(400, "Bad Request", "The request body is not valid JSON of the expected shape.");
        }
        if (cause instanceof WebApplicationException web) {
            Response.StatusType status = web.getResponse().getStatusInfo();
            return Problem.of(status.getStatusCode(), status.getReasonPhrase(), describe(status.getStatusCode()));
        }
        log.log(Level.SEVERE, "Unexpected error in the API", exception);
        return Problem.of(500, "Internal Server Error", "Something went wrong on our side. It has been logged.");
    }

    /** The platform exception behind wrappers (transaction, CDI), or the exception itself. */
    private static Throwable unwrap(Throwable exception) {
        for (Throwable current = exception; current != null; current = current.getCause()) {
            if (current instanceof InvalidInputException || current instanceof AccessDeniedException
                    || current instanceof NotSignedInException || current instanceof RecordNotFoundException
                    || current instanceof JsonbException || current instanceof JsonParsingException) {
                return current;
            }
        }
        return exception;
    }

    private static String describe(int status) {
        return switch (status) {
            case 400 -> "The request is not valid.";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept that method.";
            case 406 -> "This address answers JSON only.";
            case 415 -> "Send the body as application/json.";
            default -> "The request could not be handled.";
        };
    }
}
