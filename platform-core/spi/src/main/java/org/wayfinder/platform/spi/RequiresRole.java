package org.wayfinder.platform.spi;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lets a service method run only for a caller holding one of the given roles in the current tenant.
 *
 * <p>Put it on application services, not on pages: the page and the API call the same service, so
 * the rule holds however the action is reached, and hiding a link is never the only protection.
 * On a class it applies to every business method; a method's own annotation wins.
 */
@InterceptorBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface RequiresRole {

    /** The caller needs at least one of these roles. */
    @Nonbinding
    String[] value();
}
