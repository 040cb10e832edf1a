package org.guildhall.platform.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call an API method. Every API method needs a signed-in caller unless marked {@link Public}. Under
 * {@code /tenants/{tenant}} the caller must also hold a role in that tenant (otherwise 404), and one of
 * {@link #tenant()} when that is not empty (otherwise 403). A caller with one of {@link #platform()} passes both.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Allowed {

    TenantRole[] tenant() default {};

    PlatformRole[] platform() default {};
}
