package org.guildhall.platform.tenancy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.Set;
import org.guildhall.platform.problem.Problem;
import org.guildhall.platform.security.Caller;
import org.guildhall.platform.security.TenantRole;
import org.guildhall.platform.tenant.control.Tenants;

/**
 * The same gate as the API's, for pages: signed in (401), a role in the tenant (404, so codes cannot be probed), one of
 * the allowed roles (403); then the tenant is admitted for {@link InTenant} beans in this request.
 */
@RequestScoped
public class TenantGate {

    @Inject
    Caller caller;

    @Inject
    Tenants tenants;

    @Inject
    CurrentTenant currentTenant;

    /** Admits {@code tenant} for this request and answers the caller's roles there. */
    public Set<TenantRole> admit(String tenant, Set<TenantRole> allowed) {
        caller.require();
        Set<TenantRole> held = caller.rolesIn(tenant);
        if (held.isEmpty() || !tenants.exists(tenant)) {
            throw new Problem.NotFound("There is nothing at this address.");
        }
        if (!allowed.isEmpty() && Collections.disjoint(held, allowed)) {
            throw new Problem.Forbidden("This needs one of the roles " + allowed + " in this organisation.");
        }
        currentTenant.admit(tenant);
        return held;
    }
}
