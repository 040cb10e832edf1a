package org.guildhall.platform.tenancy;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Scopes each transaction of an {@link InTenant} boundary to the admitted tenant; with none, it fails closed. */
@InTenant
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 300) // after @Transactional (PLATFORM_BEFORE + 200) began the transaction
public class TenantInterceptor {

    @Inject
    CurrentTenant currentTenant;

    @Inject
    TenantSession session;

    @AroundInvoke
    public Object scope(InvocationContext invocation) throws Exception {
        String tenant = currentTenant.code()
                .orElseThrow(() -> new IllegalStateException("no tenant admitted for this request"));
        session.enter(tenant);
        return invocation.proceed();
    }
}
