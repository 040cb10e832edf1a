package org.guildhall.platform.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;

/** One bad field of a request body: {@code field} in the body's own JSON naming. */
public record FieldError(String field, String message) {

    /** A Bean Validation failure, named as in the body: {@code lines[0].amount}, {@code admin.password}. */
    public static FieldError of(ConstraintViolation<?> violation) {
        return new FieldError(fieldOf(violation.getPropertyPath()), violation.getMessage());
    }

    /**
     * The path is method.parameter.field...; the caller knows only the part inside the body. A node inside a list carries
     * the index of its place in the list, which belongs after the list's name: {@code lines}, then {@code [0].amount}.
     */
    static String fieldOf(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, PARAMETER, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> { }
                default -> {
                    if (node.getIndex() != null) {
                        field.append('[').append(node.getIndex()).append(']');
                    } else if (node.getKey() != null) {
                        field.append('[').append(node.getKey()).append(']');
                    }
                    if (node.getName() != null && node.getKind() == jakarta.validation.ElementKind.PROPERTY) {
                        if (!field.isEmpty()) {
                            field.append('.');
                        }
                        field.append(node.getName());
                    }
                }
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }
}
