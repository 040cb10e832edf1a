package org.guildhall.platform.tenant.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.guildhall.platform.security.Allowed;
import org.guildhall.platform.security.PlatformRole;
import org.guildhall.platform.tenant.control.TenantGroups;
import org.guildhall.platform.tenant.entity.TenantGroup;

/**
 * Tenant groups (operators): {@code POST {code, name}}; a tenant is put in one with {@code PUT
 * .../{code}/members/{tenant}} (leaving any other) and taken out with {@code DELETE}. Their policies are hr's
 * {@code .../{code}/policies}.
 */
@Path("tenant-groups")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed(platform = PlatformRole.OPERATOR)
public class TenantGroupsResource {

    @Inject
    TenantGroups groups;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Response create(@Valid @NotNull GroupRequest request, @Context UriInfo uri) {
        TenantGroup group = groups.create(request.code(), request.name());
        return Response.created(uri.getAbsolutePathBuilder().path(group.code()).build()).entity(view(group)).build();
    }

    @GET
    @Transactional
    public List<GroupView> all() {
        return groups.all().stream().map(this::view).toList();
    }

    @GET
    @Path("{group}")
    @Transactional
    public GroupView one(@PathParam("group") String code) {
        return view(groups.require(code));
    }

    @PUT
    @Path("{group}/members/{tenant}")
    @Transactional
    public GroupView join(@PathParam("group") String code, @PathParam("tenant") String tenant) {
        groups.move(tenant, groups.require(code).code());
        return view(groups.require(code));
    }

    @DELETE
    @Path("{group}/members/{tenant}")
    @Transactional
    public GroupView leave(@PathParam("group") String code, @PathParam("tenant") String tenant) {
        TenantGroup group = groups.require(code);
        if (!groups.members(code).contains(tenant)) {
            throw new org.guildhall.platform.domain.Absent("Tenant " + tenant + " is not in the group " + code + ".");
        }
        groups.move(tenant, null);
        return view(group);
    }

    private GroupView view(TenantGroup group) {
        return new GroupView(group.code(), group.name(), groups.members(group.code()), group.createdAt());
    }

    public record GroupRequest(
            @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{1,29}", message = "must be 2-30 characters: a lower-case letter, then lower-case letters, digits or -") String code,
            @NotBlank @Size(max = 200) String name) {
    }

    public record GroupView(String code, String name, List<String> tenants, Instant createdAt) {
    }
}
