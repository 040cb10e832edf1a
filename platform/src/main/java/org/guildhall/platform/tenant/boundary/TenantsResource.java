package org.guildhall.platform.tenant.boundary;

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
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.guildhall.platform.account.control.Accounts;
import org.guildhall.platform.problem.Problem;
import org.guildhall.platform.security.Allowed;
import org.guildhall.platform.security.PlatformRole;
import org.guildhall.platform.security.TenantRole;
import org.guildhall.platform.tenant.control.TenantOnboarding;
import org.guildhall.platform.tenant.control.Tenants;
import org.guildhall.platform.tenant.entity.Tenant;

/** Onboarding and listing tenants (operators); reading one's own tenant (anyone with a role in it). */
@Path("tenants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TenantsResource {

    @Inject
    TenantOnboarding onboarding;

    @Inject
    Tenants tenants;

    @Inject
    org.guildhall.platform.tenant.control.TenantLifecycle lifecycle;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Allowed(platform = PlatformRole.OPERATOR)
    public Response onboard(@Valid @NotNull OnboardRequest request, @Context UriInfo uri) {
        Accounts.NewUser admin = request.admin() == null ? null
                : Accounts.NewUser.of(request.admin().username(), request.admin().displayName(), request.admin().password(),
                        Set.of(TenantRole.TENANT_ADMIN));
        Tenant tenant = onboarding.onboard(request.code(), request.name(), request.group(), request.template(), admin);
        return Response.created(uri.getAbsolutePathBuilder().path(tenant.code()).build()).entity(TenantView.of(tenant)).build();
    }

    @GET
    @Allowed(platform = PlatformRole.OPERATOR)
    public List<TenantView> all() {
        return tenants.all().stream().map(TenantView::of).toList();
    }

    @GET
    @Path("{tenant}")
    @Allowed(platform = PlatformRole.OPERATOR)
    public TenantView one(@PathParam("tenant") String code) {
        return tenants.find(code).map(TenantView::of).orElseThrow(() -> new Problem.NotFound("There is nothing at this address."));
    }

    /**
     * Suspends the tenant {@code {reason}}: its members are refused everywhere in it, told the reason; nothing is lost.
     * (The path names the tenant {@code code}, not {@code tenant}: this is an operator's act on the tenant, not an act
     * in it, so no membership of it counts.)
     */
    @PUT
    @Path("{code}/suspension")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Allowed(platform = PlatformRole.OPERATOR)
    public TenantView suspend(@PathParam("code") String code, @Valid @NotNull SuspensionRequest request) {
        return TenantView.of(lifecycle.suspend(code, request.reason()));
    }

    /** Reinstates a suspended tenant. */
    @DELETE
    @Path("{code}/suspension")
    @Transactional
    @Allowed(platform = PlatformRole.OPERATOR)
    public TenantView reinstate(@PathParam("code") String code) {
        return TenantView.of(lifecycle.reinstate(code));
    }

    /** Offboards the tenant once its full export has been downloaded (409 until then). */
    @PUT
    @Path("{code}/offboarding")
    @Transactional
    @Allowed(platform = PlatformRole.OPERATOR)
    public TenantView offboard(@PathParam("code") String code) {
        return TenantView.of(lifecycle.offboard(code));
    }

    public record SuspensionRequest(@Size(max = 1000) String reason) {
    }

    public record OnboardRequest(
            @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{1,31}", message = "must be 2-32 characters: a lower-case letter, then lower-case letters, digits or -") String code,
            @NotBlank @Size(max = 200) String name,
            @Pattern(regexp = "[a-z][a-z0-9-]{1,31}") String group,
            @Size(max = 64) String template,
            @Valid Admin admin) {
    }

    public record Admin(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 200) String displayName,
                        @NotEmpty @Size(max = 200) String password) {
    }

    public record TenantView(String code, String name, String group, String template, String status, String statusReason, Instant createdAt) {
        static TenantView of(Tenant tenant) {
            return new TenantView(tenant.code(), tenant.name(), tenant.group(), tenant.template(), tenant.status().name(),
                    tenant.statusReason(), tenant.createdAt());
        }
    }
}
