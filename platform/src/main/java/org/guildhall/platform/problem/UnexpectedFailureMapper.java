package org.guildhall.platform.problem;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.guildhall.platform.domain.DomainException;

/**
 * Everything else. Container wrappers (EJBException, TransactionalException, RollbackException, Jersey's
 * ProcessingException) are unwrapped to the failure inside them; what is left is logged with an incident id and
 * answered as a bare 500 without stack trace or SQL.
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String SERIALIZATION_FAILURE = "40001";
    private static final String DEADLOCK_DETECTED = "40P01";
    /**
     * Data exceptions caused by the value sent, not by the server: too long for its column (22001), out of a numeric's
     * range (22003), a date out of range (22008), a character the encoding cannot hold, such as NUL (22021, 22P05).
     */
    private static final java.util.Set<String> UNSTORABLE = java.util.Set.of("22001", "22003", "22008", "22021", "22P05");

    @Override
    public Response toResponse(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof Problem problem) {
                return new ProblemMapper().toResponse(problem);
            }
            if (cause instanceof DomainException refusal) {
                return new ProblemMapper().toResponse(Problem.of(refusal));
            }
            if (cause instanceof ConstraintViolationException violations) {
                return new ValidationMapper().toResponse(violations);
            }
            if (cause instanceof WebApplicationException web) {
                return new HttpErrorMapper().toResponse(web);
            }
            if (cause instanceof JsonbException || cause instanceof JsonException) {
                return ProblemResponses.of(new Problem.BadRequest("The request body is not valid JSON for this address."));
            }
            if (cause instanceof OptimisticLockException) {
                return ProblemResponses.of(new Problem.Conflict(
                        "Someone else changed this record first. Fetch it again and reapply your change."));
            }
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return ProblemResponses.of(new Problem.Conflict("A record with the same identifier already exists."));
            }
            if (cause instanceof SQLException sql && UNSTORABLE.contains(sql.getSQLState())) {
                // the last wall: the input path names such fields first; a value that still gets this far is refused, not a 500
                LOG.warning(() -> "a value the database cannot store reached it (SQLSTATE " + sql.getSQLState() + ")");
                return ProblemResponses.of(new Problem.BadRequest(
                        "A value in the request is too long, out of range or holds characters that cannot be stored."));
            }
            if (cause instanceof SQLException sql && (SERIALIZATION_FAILURE.equals(sql.getSQLState())
                    || DEADLOCK_DETECTED.equals(sql.getSQLState()))) {
                return ProblemResponses.of(new Problem.Conflict("A concurrent change got there first. Try again."));
            }
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, failure);
        return ProblemResponses.of(500, "server-error", "Server error",
                "Something went wrong on our side. Quote incident " + incident + " if you contact support.", List.of());
    }
}
