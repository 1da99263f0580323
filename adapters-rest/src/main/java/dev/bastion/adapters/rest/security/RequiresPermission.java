package dev.bastion.adapters.rest.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission an operation needs ({@code domain:resource:action}, docs/api.md "Permissions and data scope"),
 * checked by {@link PermissionSecurityRule} on every request: no token → 401, a token without
 * the permission → 403, before the body is read.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD})
public @interface RequiresPermission {

    String value();
}
