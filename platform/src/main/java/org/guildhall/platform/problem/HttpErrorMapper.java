package org.guildhall.platform.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** JAX-RS's own failures (no such path, wrong method or media type, unreadable body) as problem details. */
@Provider
public class HttpErrorMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        int status = original.getStatus();
        Response problem = switch (status) {
            case 400 -> ProblemResponses.of(new Problem.BadRequest(
                    "The request could not be read. Send a well-formed JSON body with the documented fields."));
            case 401 -> ProblemResponses.of(new Problem.Unauthenticated());
            case 403 -> ProblemResponses.of(new Problem.Forbidden("Your roles do not allow this."));
            case 404 -> ProblemResponses.of(new Problem.NotFound("There is nothing at this address."));
            case 405 -> ProblemResponses.of(status, "method-not-allowed", "Method not allowed",
                    "This address does not accept that method.", List.of());
            case 406 -> ProblemResponses.of(status, "not-acceptable", "Not acceptable",
                    "This address cannot answer in the media type asked for.", List.of());
            case 415 -> ProblemResponses.of(status, "unsupported-media-type", "Unsupported media type",
                    "Send the body as application/json.", List.of());
            default -> status >= 500
                    ? ProblemResponses.of(status, "server-error", "Server error", "The server could not answer.", List.of())
                    : ProblemResponses.of(status, "http-" + status, "HTTP " + status, "The request was refused.", List.of());
        };
        Response.ResponseBuilder builder = Response.fromResponse(problem);
        for (String header : List.of("Allow", "WWW-Authenticate", "Retry-After")) {
            if (original.getHeaderString(header) != null) {
                builder.header(header, original.getHeaderString(header));
            }
        }
        return builder.build();
    }
}
