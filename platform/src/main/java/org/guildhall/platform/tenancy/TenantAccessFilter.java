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
import java.util.Set;
import org.guildhall.platform.security.Allowed;
import org.guildhall.platform.security.Public;

/**
 * The API's door to the {@link TenantGate}: reads the tenant from the path and the roles from the operation's
 * {@code @Allowed}; {@code @Public} operations skip it.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class TenantAccessFilter implements ContainerRequestFilter {

    static final String TENANT_PARAMETER = "tenant";

    @Context
    ResourceInfo resource;

    @Inject
    TenantGate gate;

    @Override
    public void filter(ContainerRequestContext request) {
        if (resource.getResourceMethod() == null || annotation(Public.class) != null) {
            return;
        }
        Allowed allowed = annotation(Allowed.class);
        gate.pass(request.getUriInfo().getPathParameters().getFirst(TENANT_PARAMETER),
                allowed == null ? Set.of() : Set.of(allowed.tenant()),
                allowed == null ? Set.of() : Set.of(allowed.platform()));
    }

    private <A extends java.lang.annotation.Annotation> A annotation(Class<A> type) {
        A onMethod = resource.getResourceMethod().getAnnotation(type);
        AnnotatedElement owner = resource.getResourceClass();
        return onMethod != null ? onMethod : owner.getAnnotation(type);
    }
}
