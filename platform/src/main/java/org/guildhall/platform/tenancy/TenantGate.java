package org.guildhall.platform.tenancy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Collections;
import java.util.Set;
import org.guildhall.platform.problem.Problem;
import org.guildhall.platform.security.Caller;
import org.guildhall.platform.security.PlatformRole;
import org.guildhall.platform.security.TenantRole;
import org.guildhall.platform.tenant.control.Tenants;
import org.guildhall.platform.tenant.entity.Tenant;

/**
 * The one gate, for the API ({@link TenantAccessFilter}) and the pages alike: signed in (401), a role in the addressed
 * tenant (404, so tenant codes cannot be probed), and one of the allowed roles (403); then the tenant is admitted for
 * {@link InTenant} beans in this request. A platform role the operation allows passes for any existing tenant.
 */
@RequestScoped
public class TenantGate {

    @Inject
    Caller caller;

    @Inject
    Tenants tenants;

    @Inject
    CurrentTenant currentTenant;

    /** For pages: admits {@code tenant} for this request and answers the caller's roles there. */
    public Set<TenantRole> admit(String tenant, Set<TenantRole> allowed) {
        caller.require();
        return admit(tenant, allowed, false, "organisation");
    }

    /**
     * For an API operation: {@code tenant} from the path, or null for an address outside any tenant, where only the
     * platform roles count. Empty role sets allow anyone signed in.
     */
    public void pass(String tenant, Set<TenantRole> allowed, Set<PlatformRole> platformAllowed) {
        caller.require();
        boolean platformPass = !Collections.disjoint(caller.platformRoles(), platformAllowed);
        if (tenant != null) {
            admit(tenant, allowed, platformPass, "tenant");
        } else if (!platformAllowed.isEmpty() && !platformPass) {
            throw new Problem.Forbidden("This needs one of the platform roles " + names(platformAllowed) + ".");
        }
    }

    private Set<TenantRole> admit(String tenant, Set<TenantRole> allowed, boolean platformPass, String tenantWord) {
        Set<TenantRole> held = caller.rolesIn(tenant);
        // a membership references its tenant (foreign key), so only a platform role's pass needs the tenant looked up
        if (held.isEmpty() && (!platformPass || !tenants.exists(tenant))) {
            throw new Problem.NotFound("There is nothing at this address.");
        }
        if (!platformPass) {
            tenants.find(tenant).filter(t -> t.status() != Tenant.Status.ACTIVE).ifPresent(t -> {
                throw new Problem.Forbidden(Tenants.closedMessage(t));
            });
        }
        if (!platformPass && !allowed.isEmpty() && Collections.disjoint(held, allowed)) {
            throw new Problem.Forbidden("This needs one of the roles " + names(allowed) + " in this " + tenantWord + ".");
        }
        currentTenant.admit(tenant);
        return held;
    }

    private static String names(Set<? extends Enum<?>> roles) {
        return Arrays.toString(roles.stream().map(Enum::name).sorted().toArray());
    }
}
