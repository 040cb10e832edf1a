package org.guildhall.platform.problem;

/** One bad field of a request body: {@code field} in the body's own JSON naming. */
public record FieldError(String field, String message) {
}
