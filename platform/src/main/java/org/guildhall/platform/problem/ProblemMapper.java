package org.guildhall.platform.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class ProblemMapper implements ExceptionMapper<Problem> {

    @Override
    public Response toResponse(Problem problem) {
        Response response = ProblemResponses.of(problem);
        if (problem instanceof Problem.Unauthenticated) {
            return Response.fromResponse(response).header("WWW-Authenticate", "Basic realm=\"Guildhall\", charset=\"UTF-8\"").build();
        }
        return response;
    }
}
