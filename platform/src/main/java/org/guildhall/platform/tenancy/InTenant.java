package org.guildhall.platform.tenancy;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a boundary whose transactions run in the tenant of the request path. Put it beside
 * {@code @Transactional}: the interceptor runs inside the transaction and scopes it before the method body runs.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface InTenant {
}
