package dev.bastion.adapters.rest.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How the operation log names an operation, when the name derived from its
 * {@code @RequiresPermission} ({@code system:user:create} → module {@code system:user}, title
 * "create user") is not the right one. Empty members keep the derived value.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD})
public @interface OperationTitle {

    /** The title, e.g. "reset password". */
    String value() default "";

    /** The module, e.g. {@code system:user}. */
    String module() default "";
}
