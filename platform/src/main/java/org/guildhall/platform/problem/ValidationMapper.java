package org.guildhall.platform.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;

/** Bean Validation failures on a request: 400 with one entry per bad field, named as in the JSON body. */
@Provider
public class ValidationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        List<FieldError> errors = exception.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return ProblemResponses.of(new Problem.BadRequest("The request has invalid fields.", errors));
    }

    /** The path is method.parameter.field...; the caller knows only the part inside the body. */
    static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, PARAMETER, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> { }
                default -> {
                    if (!field.isEmpty()) {
                        field.append('.');
                    }
                    field.append(node.getName());
                    if (node.getIndex() != null) {
                        field.append('[').append(node.getIndex()).append(']');
                    }
                }
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }
}
