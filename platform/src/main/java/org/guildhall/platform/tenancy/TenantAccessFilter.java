package org.guildhall.platform.tenancy;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.util.Arrays;
import java.util.Collections;
import java.util.Set;
import org.guildhall.platform.problem.Problem;
import org.guildhall.platform.security.Allowed;
import org.guildhall.platform.security.Caller;
import org.guildhall.platform.security.PlatformRole;
import org.guildhall.platform.security.Public;
import org.guildhall.platform.security.TenantRole;
import org.guildhall.platform.tenant.control.Tenants;

/**
 * The one gate of the API: signed in (401), a role in the addressed tenant (404, so tenant codes cannot be
 * probed), and a role the method allows (403). Admits the tenant for {@link TenantInterceptor}.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class TenantAccessFilter implements ContainerRequestFilter {

    static final String TENANT_PARAMETER = "tenant";

    @Context
    ResourceInfo resource;

    @Inject
    Caller caller;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    Tenants tenants;

    @Override
    public void filter(ContainerRequestContext request) {
        if (resource.getResourceMethod() == null || annotation(Public.class) != null) {
            return;
        }
        caller.require();
        Allowed allowed = annotation(Allowed.class);
        Set<TenantRole> tenantRoles = allowed == null ? Set.of() : Set.of(allowed.tenant());
        Set<PlatformRole> platformRoles = allowed == null ? Set.of() : Set.of(allowed.platform());
        boolean platformPass = !Collections.disjoint(caller.platformRoles(), platformRoles);

        String tenant = request.getUriInfo().getPathParameters().getFirst(TENANT_PARAMETER);
        if (tenant != null) {
            Set<TenantRole> held = caller.rolesIn(tenant);
            // a membership references its tenant (foreign key), so only a platform role's pass needs the tenant looked up
            if (held.isEmpty() && (!platformPass || !tenants.exists(tenant))) {
                throw new Problem.NotFound("There is nothing at this address.");
            }
            if (!platformPass && !tenantRoles.isEmpty() && Collections.disjoint(held, tenantRoles)) {
                throw new Problem.Forbidden("This needs one of the roles " + names(tenantRoles) + " in this tenant.");
            }
            currentTenant.admit(tenant);
        } else if (!platformRoles.isEmpty() && !platformPass) {
            throw new Problem.Forbidden("This needs one of the platform roles " + names(platformRoles) + ".");
        }
    }

    private <A extends java.lang.annotation.Annotation> A annotation(Class<A> type) {
        A onMethod = resource.getResourceMethod().getAnnotation(type);
        AnnotatedElement owner = resource.getResourceClass();
        return onMethod != null ? onMethod : owner.getAnnotation(type);
    }

    private static String names(Set<? extends Enum<?>> roles) {
        return Arrays.toString(roles.stream().map(Enum::name).sorted().toArray());
    }
}
