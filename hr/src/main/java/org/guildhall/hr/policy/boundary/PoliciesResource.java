package org.guildhall.hr.policy.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.guildhall.hr.policy.PolicyCheck;
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
import org.guildhall.hr.policy.entity.TenantPolicy;
import org.guildhall.platform.json.Json;
import org.guildhall.platform.security.Allowed;
import org.guildhall.platform.security.TenantRole;
import org.guildhall.platform.tenancy.InTenant;
import org.guildhall.platform.web.Inputs;

/** The tenant's policies: everyone in the tenant may read them; HR admins replace them, with the version they read. */
@Path("tenants/{tenant}/policies")
@RequestScoped
@Transactional
@InTenant
@Produces(MediaType.APPLICATION_JSON)
public class PoliciesResource {

    @Inject
    Policies policies;

    @Inject
    @Any
    Instance<PolicyCheck> checks;

    @GET
    public List<String> names() {
        return policies.all().stream().map(TenantPolicy::name).toList();
    }

    @GET
    @Path("{name}")
    public JsonObject one(@PathParam("name") String name) {
        return view(policies.find(name), policies.document(name));
    }

    /** Body: {@code {version, document: {...}}}. */
    @PUT
    @Path("{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(tenant = {TenantRole.HR_ADMIN, TenantRole.TENANT_ADMIN})
    public JsonObject replace(@PathParam("name") String name, @Valid @NotNull PolicyRequest body) {
        if ("leave-policy".equals(name)) {
            readable(body.document());
        }
        for (PolicyCheck check : checks) {
            if (check.policy().equals(name)) {
                try {
                    check.check(body.document());
                } catch (IllegalArgumentException e) {
                    throw Inputs.invalid("document", e.getMessage());
                }
            }
        }
        TenantPolicy policy = policies.replace(name, body.version(), body.document());
        return view(policy, body.document());
    }

    /** A policy is a document of its own shape, which the feature that reads it checks. */
    public record PolicyRequest(@NotNull(message = "Send the version of the policy you changed") Long version,
                                @NotNull(message = "Send the policy as a JSON object") JsonObject document) {
    }

    /** A leave policy that leave could not be counted by would break every booking: refused before it is stored. */
    private static void readable(JsonObject document) {
        try {
            org.guildhall.hr.leave.entity.LeavePolicy policy = org.guildhall.hr.leave.entity.LeavePolicy.of(document);
            if (policy.types().isEmpty() || policy.standardWeeklyHours().signum() <= 0) {
                throw new IllegalArgumentException("no leave types or no standard week");
            }
        } catch (RuntimeException e) {
            throw Inputs.invalid("document", "The leave policy needs leaveYear {basis FIXED or ANNIVERSARY, startMonth, startDay}, "
                    + "standardWeeklyHours, types [{code, name, hasBalance, ...}] and bankHolidays.additionalDays [{date YYYY-MM-DD, "
                    + "name, nations?}]; something in this one is missing or of the wrong kind");
        }
    }

    private static JsonObject view(TenantPolicy policy, JsonObject document) {
        return Json.createObjectBuilder().add("name", policy.name()).add("version", policy.version()).add("document", document).build();
    }
}
