package org.guildhall.platform.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.guildhall.platform.domain.DomainException;

/** A business refusal from a control or an engine, answered as the problem of its kind (400, 403, 404, 409, 422). */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    @Override
    public Response toResponse(DomainException refusal) {
        return ProblemResponses.of(Problem.of(refusal));
    }
}
