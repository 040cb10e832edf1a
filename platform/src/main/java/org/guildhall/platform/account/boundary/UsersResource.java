package org.guildhall.platform.account.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;
import java.util.Set;
import org.guildhall.platform.account.control.Accounts;
import org.guildhall.platform.account.entity.TenantMembership;
import org.guildhall.platform.security.Allowed;
import org.guildhall.platform.security.Caller;
import org.guildhall.platform.security.PlatformRole;
import org.guildhall.platform.security.TenantRole;
import org.guildhall.platform.tenancy.InTenant;

/** Users of one tenant, created by its tenant admin or by an operator. */
@Path("tenants/{tenant}/users")
@RequestScoped
@Transactional
@InTenant
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {

    @Inject
    Accounts accounts;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(tenant = TenantRole.TENANT_ADMIN, platform = PlatformRole.OPERATOR)
    public Response create(@PathParam("tenant") String tenant, @Valid @NotNull NewUserRequest request, @Context UriInfo uri) {
        TenantMembership membership = accounts.createInTenant(tenant,
                new Accounts.NewUser(request.username(), request.displayName(), request.password(), Set.copyOf(request.roles()),
                        request.employeeNumber()),
                caller.platformRoles().contains(PlatformRole.OPERATOR));
        return Response.created(uri.getAbsolutePathBuilder().path(membership.user().username()).build())
                .entity(UserView.of(membership))
                .build();
    }

    @GET
    @Allowed(tenant = TenantRole.TENANT_ADMIN, platform = PlatformRole.OPERATOR)
    public List<UserView> list(@PathParam("tenant") String tenant) {
        return accounts.members(tenant).stream().map(UserView::of).toList();
    }

    /** Switches the user off: no sign-in by API or page, and a page session ends at its next request. */
    @POST
    @Path("{username}/disable")
    @Allowed(tenant = TenantRole.TENANT_ADMIN, platform = PlatformRole.OPERATOR)
    public UserView disable(@PathParam("tenant") String tenant, @PathParam("username") String username) {
        return UserView.of(accounts.enable(tenant, username, false, caller.require()));
    }

    @POST
    @Path("{username}/enable")
    @Allowed(tenant = TenantRole.TENANT_ADMIN, platform = PlatformRole.OPERATOR)
    public UserView enable(@PathParam("tenant") String tenant, @PathParam("username") String username) {
        return UserView.of(accounts.enable(tenant, username, true, caller.require()));
    }

    public record NewUserRequest(
            @NotBlank @Size(max = 64) String username,
            @NotBlank @Size(max = 200) String displayName,
            @Size(max = 200) String password,
            @NotEmpty List<@NotNull TenantRole> roles,
            @Pattern(regexp = "[A-Za-z0-9-]{1,32}") String employeeNumber) {
    }

    public record UserView(String username, String displayName, List<String> roles, String employeeNumber, boolean enabled) {
        static UserView of(TenantMembership membership) {
            return new UserView(membership.user().username(), membership.user().displayName(),
                    membership.roles().stream().map(Enum::name).sorted().toList(), membership.employeeNumber(),
                    membership.user().enabled());
        }
    }
}
