package org.guildhall.platform.problem;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;

/**
 * Bean Validation failures the framework finds on a resource method's parameters: 400 with one entry per bad field.
 * Request bodies are checked earlier, with their shape, by {@link org.guildhall.platform.web.RequestBodyReader}.
 */
@Provider
public class ValidationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        List<FieldError> errors = exception.getConstraintViolations().stream()
                .map(FieldError::of)
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return ProblemResponses.of(Problem.BadRequest.invalid(errors));
    }
}
