package org.guildhall.platform.problem;

import jakarta.annotation.Priority;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A failure while committing (a deferred constraint, a serialisation failure) arrives as a TransactionalException
 * after the resource method returned. Jersey's own mapper for it throws, which leaves the container's HTML error page;
 * this one, chosen first, answers problem+json like every other failure.
 */
@Provider
@Priority(1)
public class TransactionFailureMapper implements ExceptionMapper<TransactionalException> {

    @Override
    public Response toResponse(TransactionalException failure) {
        return new UnexpectedFailureMapper().toResponse(failure);
    }
}
