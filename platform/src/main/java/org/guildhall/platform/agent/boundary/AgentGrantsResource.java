package org.guildhall.platform.agent.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.List;
import org.guildhall.platform.agent.control.AgentGrants;
import org.guildhall.platform.security.Allowed;
import org.guildhall.platform.security.TenantRole;
import org.guildhall.platform.tenancy.InTenant;

/**
 * The tenant's centre agents (TENANT_ADMIN): {@code POST {username, role, hours, reason}} grants an operator of the
 * centre one role here for a time; {@code DELETE {id}} revokes it; {@code GET} lists them, active or not.
 */
@Path("tenants/{tenant}/agent-grants")
@RequestScoped
@Transactional
@InTenant
@Produces(MediaType.APPLICATION_JSON)
@Allowed(tenant = TenantRole.TENANT_ADMIN)
public class AgentGrantsResource {

    @Inject
    AgentGrants grants;

    @Inject
    Clock clock;

    @GET
    public List<JsonObject> all() {
        return grants.all().stream().map(g -> g.grant().state(g.username(), clock.instant())).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response grant(@Valid @NotNull GrantRequest request, @Context UriInfo uri) {
        AgentGrants.Granted granted = grants.grant(request.username(), request.role(), request.hours(), request.reason());
        return Response.created(uri.getAbsolutePathBuilder().path(granted.grant().id().toString()).build())
                .entity(granted.grant().state(granted.username(), clock.instant())).build();
    }

    @DELETE
    @Path("{id}")
    public JsonObject revoke(@PathParam("id") long id) {
        AgentGrants.Granted revoked = grants.revoke(id);
        return revoked.grant().state(revoked.username(), clock.instant());
    }

    public record GrantRequest(@Size(max = 64) String username, @Size(max = 32) String role, Integer hours, @Size(max = 1000) String reason) {
    }
}
