package org.guildhall.platform.web;

import jakarta.annotation.Resource;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.guildhall.platform.security.Public;

/** Up, and the database reachable: for load balancers, and as a MicroProfile readiness check. */
@Path("health")
@Public
@Readiness
@jakarta.enterprise.context.ApplicationScoped
public class HealthResource implements HealthCheck {

    @Resource(lookup = "java:app/jdbc/guildhall")
    DataSource dataSource;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        boolean database = databaseReachable();
        return Response.status(database ? 200 : 503)
                .entity(Map.of("status", database ? "UP" : "DOWN", "database", database ? "UP" : "DOWN"))
                .build();
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("database").status(databaseReachable()).build();
    }

    private boolean databaseReachable() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }
}
