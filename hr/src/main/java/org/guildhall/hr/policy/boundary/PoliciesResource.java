package org.guildhall.hr.policy.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.guildhall.hr.policy.control.Policies;
import org.guildhall.platform.json.Json;
import org.guildhall.platform.security.Allowed;
import org.guildhall.platform.security.TenantRole;
import org.guildhall.platform.tenancy.InTenant;

/**
 * The tenant's policies: everyone in the tenant may read them; HR admins replace them, with the version they read. Each
 * says where it comes from ({@code source}: the tenant's own, or its group's); replacing the group's makes the
 * tenant's own, and {@code DELETE} drops the tenant's own to use its group's again.
 */
@Path("tenants/{tenant}/policies")
@RequestScoped
@Transactional
@InTenant
@Produces(MediaType.APPLICATION_JSON)
public class PoliciesResource {

    @Inject
    Policies policies;

    @Inject
    PolicyDocuments documents;

    @GET
    public List<String> names() {
        return policies.names();
    }

    @GET
    @Path("{name}")
    public JsonObject one(@PathParam("name") String name) {
        return view(policies.find(name));
    }

    /** Body: {@code {version, document: {...}}}. */
    @PUT
    @Path("{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(tenant = {TenantRole.HR_ADMIN, TenantRole.TENANT_ADMIN})
    public JsonObject replace(@PathParam("name") String name, @Valid @NotNull PolicyRequest body) {
        documents.check(name, body.document());
        return view(policies.replace(name, body.version(), body.document()));
    }

    /** Uses the group's document again, dropping the tenant's own (409 when the group holds none). */
    @DELETE
    @Path("{name}")
    @Allowed(tenant = {TenantRole.HR_ADMIN, TenantRole.TENANT_ADMIN})
    public JsonObject inherit(@PathParam("name") String name) {
        return view(policies.inherit(name));
    }

    /** A policy is a document of its own shape, which the feature that reads it checks. */
    public record PolicyRequest(@NotNull(message = "Send the version of the policy you changed") Long version,
                                @NotNull(message = "Send the policy as a JSON object") JsonObject document) {
    }

    static JsonObject view(Policies.Policy policy) {
        var source = Json.createObjectBuilder().add("from", policy.group() == null ? "TENANT" : "GROUP");
        if (policy.group() != null) {
            source.add("group", policy.group());
        }
        return Json.createObjectBuilder().add("name", policy.name()).add("version", policy.version()).add("source", source)
                .add("document", policy.json()).build();
    }
}
