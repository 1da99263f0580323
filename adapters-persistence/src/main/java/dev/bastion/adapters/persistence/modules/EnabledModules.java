package dev.bastion.adapters.persistence.modules;

import dev.bastion.adapters.persistence.shared.ModuleNames;
import dev.bastion.application.modules.BastionModule;
import io.micronaut.context.BeanContext;
import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The business modules this instance runs: the {@link BastionModule} beans (a module switched off by
 * {@code bastion.modules.disabled} has none). Checked once, when first needed: a module must be named
 * after its package, and every name switched off must be a module on the class path, so a typo in
 * {@code BASTION_MODULES_DISABLED} stops the start instead of leaving a module running.
 */
@Singleton
public final class EnabledModules {

    /** Never a module name (they start with a letter): keeps {@code IN (:modules)} from ever being empty. */
    private static final String NO_MODULE = "";

    private final List<BastionModule> modules;
    private final List<String> namesForQueries;

    EnabledModules(List<BastionModule> modules, BeanContext context, Environment environment) {
        this.modules = List.copyOf(modules);
        Set<String> names = new TreeSet<>();
        for (BastionModule module : modules) {
            String name = module.name();
            Optional<String> packaged = ModuleNames.ofPackage(module.getClass().getPackageName());
            if (!ModuleNames.isValid(name) || packaged.isEmpty() || !packaged.get().equals(name)) {
                throw new IllegalStateException("business module " + module.getClass().getName() + " is named '"
                        + name + "'; a module's name is lower-case letters and digits (at most 30, a letter first)"
                        + " and the segment after " + ModuleNames.ROOT_PACKAGE + " in its package");
            }
            if (!names.add(name)) {
                throw new IllegalStateException("two business modules are named '" + name + "'");
            }
        }
        for (String disabled : ModuleNames.disabled(environment)) {
            if (context.findBeanConfiguration(ModuleNames.ROOT_PACKAGE + "." + disabled).isEmpty()) {
                throw new IllegalStateException(ModuleNames.DISABLED_PROPERTY + " (BASTION_MODULES_DISABLED) names '"
                        + disabled + "', which is no business module here" + running(names)
                        + "; a module is one package dev.bastion.modules.<name> whose package-info.java carries"
                        + " @Configuration @Requires(condition = ModuleEnabled.class)");
            }
        }
        List<String> forQueries = new ArrayList<>(names);
        forQueries.add(NO_MODULE);
        this.namesForQueries = List.copyOf(forQueries);
    }

    private static String running(Set<String> enabled) {
        return enabled.isEmpty() ? "" : " (running: " + String.join(", ", enabled) + ")";
    }

    public List<BastionModule> all() {
        return modules;
    }

    /**
     * The enabled modules' names for a query's {@code module IS NULL OR module IN (:modules)}: the
     * entries of a module switched off (or removed) are hidden, its rows stay.
     */
    public List<String> namesForQueries() {
        return namesForQueries;
    }
}
