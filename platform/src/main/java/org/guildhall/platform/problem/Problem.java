package org.guildhall.platform.problem;

import jakarta.ejb.ApplicationException;
import java.util.List;
import org.guildhall.platform.domain.Absent;
import org.guildhall.platform.domain.CellError;
import org.guildhall.platform.domain.DomainException;
import org.guildhall.platform.domain.InvalidFile;
import org.guildhall.platform.domain.InvalidInput;
import org.guildhall.platform.domain.NotPermitted;
import org.guildhall.platform.domain.RuleRefused;
import org.guildhall.platform.domain.StateConflict;

/**
 * A failure the caller can act on. Subclasses fix the HTTP status and the stable {@code type}; the detail is
 * written for a person. Rolls back the transaction and reaches the boundary unwrapped, also through EJBs.
 */
@ApplicationException(rollback = true)
public abstract class Problem extends RuntimeException {

    private final List<FieldError> errors;
    private final List<CellError> cells;

    protected Problem(String detail, List<FieldError> errors) {
        this(detail, errors, List.of());
    }

    protected Problem(String detail, List<FieldError> errors, List<CellError> cells) {
        super(detail);
        this.errors = List.copyOf(errors);
        this.cells = List.copyOf(cells);
    }

    protected Problem(String detail) {
        this(detail, List.of());
    }

    /** The answer a domain refusal gets: the same status, type and body as the problem a boundary would throw. */
    public static Problem of(DomainException refusal) {
        String detail = refusal.getMessage();
        if (refusal instanceof InvalidInput invalid) {
            return new BadRequest(detail, fieldErrors(invalid.fields()));
        }
        if (refusal instanceof InvalidFile file) {
            return new InvalidUpload(detail, file.cells());
        }
        if (refusal instanceof RuleRefused refused) {
            return new RuleViolation(detail, fieldErrors(refused.fields()));
        }
        if (refusal instanceof StateConflict) {
            return new Conflict(detail);
        }
        if (refusal instanceof NotPermitted) {
            return new Forbidden(detail);
        }
        if (refusal instanceof Absent) {
            return new NotFound(detail);
        }
        throw new IllegalArgumentException("no problem for " + refusal.getClass().getName());
    }

    private static List<FieldError> fieldErrors(List<InvalidInput.Field> fields) {
        return fields.stream().map(f -> new FieldError(f.name(), f.message())).toList();
    }

    public abstract int status();

    /** Short, stable identifier; the problem type URI is built from it. */
    public abstract String type();

    public abstract String title();

    public List<FieldError> errors() {
        return errors;
    }

    /** For an uploaded spreadsheet: every bad cell, in sheet and row order. */
    public List<CellError> cells() {
        return cells;
    }

    /** 400: the request itself is malformed or fails validation. */
    public static class BadRequest extends Problem {
        /** The one validation answer: every bad field of the request, each named as in its JSON body. */
        public static BadRequest invalid(List<FieldError> errors) {
            return new BadRequest("The request has invalid fields.", errors);
        }

        public static BadRequest invalid(String field, String message) {
            return invalid(List.of(new FieldError(field, message)));
        }

        public BadRequest(String detail, List<FieldError> errors) { super(detail, errors); }
        public BadRequest(String detail) { super(detail); }
        @Override public int status() { return 400; }
        @Override public String type() { return errors().isEmpty() ? "bad-request" : "validation"; }
        @Override public String title() { return errors().isEmpty() ? "Bad request" : "Validation failed"; }
    }

    /** 400: an uploaded file that cannot be taken, with every bad cell when it could be read. */
    public static class InvalidUpload extends Problem {
        public InvalidUpload(String detail, List<CellError> cells) { super(detail, List.of(), cells); }
        public InvalidUpload(String detail) { super(detail); }
        @Override public int status() { return 400; }
        @Override public String type() { return "invalid-upload"; }
        @Override public String title() { return "The file cannot be loaded"; }
    }

    /** 401: not signed in. */
    public static class Unauthenticated extends Problem {
        public Unauthenticated() { super("Sign in with a valid username and password."); }
        @Override public int status() { return 401; }
        @Override public String type() { return "unauthenticated"; }
        @Override public String title() { return "Not signed in"; }
    }

    /** 403: signed in, but the caller's roles do not allow this. */
    public static class Forbidden extends Problem {
        public Forbidden(String detail) { super(detail); }
        @Override public int status() { return 403; }
        @Override public String type() { return "forbidden"; }
        @Override public String title() { return "Not allowed"; }
    }

    /** 404: absent, or not the caller's to see (the two are deliberately indistinguishable). */
    public static class NotFound extends Problem {
        public NotFound(String detail) { super(detail); }
        @Override public int status() { return 404; }
        @Override public String type() { return "not-found"; }
        @Override public String title() { return "Not found"; }
    }

    /** 409: the current state does not allow it (already exists, already decided, stale version). */
    public static class Conflict extends Problem {
        public Conflict(String detail) { super(detail); }
        @Override public int status() { return 409; }
        @Override public String type() { return "conflict"; }
        @Override public String title() { return "Conflict"; }
    }

    /** 422: well formed, but a business rule refuses it. */
    public static class RuleViolation extends Problem {
        public RuleViolation(String detail, List<FieldError> errors) { super(detail, errors); }
        public RuleViolation(String detail) { super(detail); }
        @Override public int status() { return 422; }
        @Override public String type() { return "business-rule"; }
        @Override public String title() { return "Refused by a business rule"; }
    }
}
