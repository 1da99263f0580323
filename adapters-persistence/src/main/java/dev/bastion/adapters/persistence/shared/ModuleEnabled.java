package dev.bastion.adapters.persistence.shared;

import io.micronaut.context.condition.Condition;
import io.micronaut.context.condition.ConditionContext;
import io.micronaut.core.annotation.AnnotationMetadataProvider;
import io.micronaut.inject.BeanConfiguration;
import io.micronaut.inject.BeanDefinition;
import java.util.Optional;

/**
 * Switches a whole business module off when its name is in {@code bastion.modules.disabled}
 * ({@code BASTION_MODULES_DISABLED}): applied by the module's {@code package-info.java}
 * ({@code @Configuration @Requires(condition = ModuleEnabled.class)}), it leaves the module without
 * a single bean, so its endpoints answer 404 and nothing of it runs. The name is the package's
 * ({@code dev.bastion.modules.<name>..}), so a module cannot be switched off under another name.
 *
 * <p>It lives in the persistence adapter because every module with data depends on it anyway (its
 * JDBC code, its migrations), and this adapter is the one that applies the switch to data (a
 * disabled module's migrations do not run, its menus are hidden); the REST adapter would tie a
 * module without endpoints to the HTTP stack.
 */
public final class ModuleEnabled implements Condition {

    @Override
    public boolean matches(ConditionContext context) {
        Optional<String> module = moduleOf(context.getComponent());
        if (module.isEmpty()) {
            return true;
        }
        boolean disabled = ModuleNames.disabled(context).contains(module.get());
        if (disabled) {
            context.fail("business module '" + module.get() + "' is switched off by bastion.modules.disabled");
        }
        return !disabled;
    }

    private static Optional<String> moduleOf(AnnotationMetadataProvider component) {
        if (component instanceof BeanConfiguration configuration) {
            return ModuleNames.ofPackage(configuration.getName());
        }
        if (component instanceof BeanDefinition<?> definition) {
            return ModuleNames.ofPackage(definition.getBeanType().getPackageName());
        }
        return Optional.empty();
    }
}
