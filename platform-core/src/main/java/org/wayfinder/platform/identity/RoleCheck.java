package org.wayfinder.platform.identity;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.wayfinder.platform.spi.AccessDeniedException;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.RequiresRole;

/** Enforces {@link RequiresRole} before the method runs, and before any transaction is started. */
@RequiresRole({})
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class RoleCheck {

    @Inject
    CurrentUser currentUser;

    @AroundInvoke
    public Object check(InvocationContext invocation) throws Exception {
        RequiresRole rule = invocation.getMethod().getAnnotation(RequiresRole.class);
        for (Class<?> type = invocation.getTarget().getClass(); rule == null && type != null; type = type.getSuperclass()) {
            rule = type.getAnnotation(RequiresRole.class);
        }
        if (rule != null && rule.value().length > 0) {
            currentUser.require();
            if (!currentUser.hasAnyRole(rule.value())) {
                throw new AccessDeniedException("Your role does not allow this.");
            }
        }
        return invocation.proceed();
    }
}
