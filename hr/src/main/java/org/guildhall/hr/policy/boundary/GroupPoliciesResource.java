package org.guildhall.hr.policy.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.guildhall.hr.policy.control.Policies;
import org.guildhall.hr.policy.entity.GroupPolicy;
import org.guildhall.platform.domain.Absent;
import org.guildhall.platform.json.Json;
import org.guildhall.platform.security.Allowed;
import org.guildhall.platform.security.PlatformRole;
import org.guildhall.platform.tenant.control.TenantGroups;

/**
 * The policy documents a tenant group holds for its members (operators): any of the standard policies, set with
 * {@code PUT {version?, document}} (no version to make one, the version read to replace it). A member without its own
 * document of that name uses the group's from the next request on.
 */
@Path("tenant-groups/{group}/policies")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Allowed(platform = PlatformRole.OPERATOR)
public class GroupPoliciesResource {

    @Inject
    Policies policies;

    @Inject
    PolicyDocuments documents;

    @Inject
    TenantGroups groups;

    @GET
    public List<String> names(@PathParam("group") String group) {
        return policies.ofGroup(groups.require(group).code()).stream().map(GroupPolicy::name).toList();
    }

    @GET
    @Path("{name}")
    public JsonObject one(@PathParam("group") String group, @PathParam("name") String name) {
        return view(policies.ofGroup(groups.require(group).code(), name));
    }

    @PUT
    @Path("{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject set(@PathParam("group") String group, @PathParam("name") String name, @Valid @NotNull GroupPolicyRequest body) {
        String code = groups.require(group).code();
        if (!Policies.STANDARD.contains(name)) {
            throw new Absent("A group holds the standard policies " + Policies.STANDARD + "; there is none called " + name + ".");
        }
        documents.check(name, body.document());
        return view(policies.setForGroup(code, name, body.version(), body.document()));
    }

    /** Without {@code version} it makes the group's document; with it, it replaces the version read. */
    public record GroupPolicyRequest(Long version, @NotNull(message = "Send the policy as a JSON object") JsonObject document) {
    }

    private static JsonObject view(GroupPolicy policy) {
        return Json.createObjectBuilder().add("group", policy.group()).add("name", policy.name()).add("version", policy.version())
                .add("document", Json.createReader(new java.io.StringReader(policy.document())).readObject()).build();
    }
}
