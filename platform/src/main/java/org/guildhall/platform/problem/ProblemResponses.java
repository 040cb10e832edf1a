package org.guildhall.platform.problem;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.guildhall.platform.json.Json;

/** Builds {@code application/problem+json} answers; the single place their shape is decided. */
public final class ProblemResponses {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:guildhall:problem:";

    private ProblemResponses() {
    }

    public static Response of(Problem problem) {
        return Response.status(problem.status()).type(MEDIA_TYPE).entity(body(problem)).build();
    }

    /** The problem's JSON: field errors, or for an upload the bad cells, as {@code errors}. */
    public static String body(Problem problem) {
        if (problem.cells().isEmpty()) {
            return body(problem.status(), problem.type(), problem.title(), problem.getMessage(), problem.errors());
        }
        JsonArrayBuilder cells = Json.createArrayBuilder();
        problem.cells().forEach(c -> cells.add(Json.createObjectBuilder().add("sheet", c.sheet()).add("row", c.row())
                .add("column", c.column()).add("message", c.message())));
        return start(problem.status(), problem.type(), problem.title(), problem.getMessage()).add("errors", cells).build().toString();
    }

    public static Response of(int status, String type, String title, String detail, List<FieldError> errors) {
        return Response.status(status)
                .type(MEDIA_TYPE)
                .entity(body(status, type, title, detail, errors))
                .build();
    }

    /**
     * Writes a problem straight to a servlet answer, for code that answers before JAX-RS or outside it (the authentication
     * mechanism, filters, the container's error page). The caller sets any headers of its own first.
     */
    public static void write(jakarta.servlet.http.HttpServletResponse response, int status, String type, String title, String detail,
                             List<FieldError> errors) throws java.io.IOException {
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(body(status, type, title, detail, errors));
    }

    public static String body(int status, String type, String title, String detail, List<FieldError> errors) {
        JsonObjectBuilder json = start(status, type, title, detail);
        if (!errors.isEmpty()) {
            JsonArrayBuilder list = Json.createArrayBuilder();
            errors.forEach(e -> list.add(Json.createObjectBuilder().add("field", e.field()).add("message", e.message())));
            json.add("errors", list);
        }
        return json.build().toString();
    }

    private static JsonObjectBuilder start(int status, String type, String title, String detail) {
        return Json.createObjectBuilder()
                .add("type", TYPE_PREFIX + type)
                .add("title", title)
                .add("status", status)
                .add("detail", detail);
    }
}
