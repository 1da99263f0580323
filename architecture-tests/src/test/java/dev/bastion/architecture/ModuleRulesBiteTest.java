package dev.bastion.architecture;

import static dev.bastion.architecture.RuleAssertions.assertBites;
import static dev.bastion.architecture.RuleAssertions.assertPasses;
import static dev.bastion.architecture.RuleAssertions.only;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.bastion.adapters.persistence.modules.EnabledModules;
import dev.bastion.application.archfixture.CoreReadingModule;
import dev.bastion.application.shared.Transactions;
import dev.bastion.domain.identity.User;
import dev.bastion.modules.archfixturea.adapters.persistence.JdbcWidgets;
import dev.bastion.modules.archfixturea.adapters.rest.RestReadingPersistence;
import dev.bastion.modules.archfixturea.adapters.rest.WidgetResource;
import dev.bastion.modules.archfixturea.application.ApplicationSideWidgets;
import dev.bastion.modules.archfixturea.application.StockRepository;
import dev.bastion.modules.archfixturea.application.WidgetReachingIntoCore;
import dev.bastion.modules.archfixturea.application.WidgetService;
import dev.bastion.modules.archfixturea.domain.SingletonWidget;
import dev.bastion.modules.archfixturea.domain.Widget;
import dev.bastion.modules.archfixturea.domain.WidgetReachingUp;
import dev.bastion.modules.archfixturea.domain.WidgetRepository;
import dev.bastion.modules.archfixturea.stray.StrayHelper;
import dev.bastion.modules.archfixturea.wiring.FixtureModule;
import dev.bastion.modules.archfixtureb.application.ReadingAnotherModule;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Proof that the business-module rules (isolation, published surface, layering inside a module) bite. */
class ModuleRulesBiteTest {

    /** A module that breaks nothing: one class per layer, using only what it may. */
    private static final List<Class<?>> WELL_BEHAVED = List.of(Widget.class, WidgetRepository.class,
            WidgetService.class, WidgetResource.class, JdbcWidgets.class, FixtureModule.class);

    @Test
    void the_rules_pass_on_a_well_behaved_module() {
        JavaClasses classes = withWellBehaved();
        assertPasses(BastionRules.MODULES_DO_NOT_DEPEND_ON_EACH_OTHER, classes);
        assertPasses(BastionRules.MODULES_USE_ONLY_THE_PUBLISHED_CORE, classes);
        assertPasses(BastionRules.MODULE_CLASSES_SIT_IN_A_LAYER, classes);
        assertPasses(BastionRules.MODULE_LAYERS, classes);
        assertPasses(BastionRules.MODULE_DOMAIN_DEPENDS_ONLY_ON_DOMAINS_AND_THE_JDK, classes);
        assertPasses(BastionRules.MODULE_APPLICATION_DEPENDS_ONLY_ON_THE_CENTER_AND_THE_JDK, classes);
        assertPasses(BastionRules.ONLY_OUTBOUND_PORTS_ARE_IMPLEMENTED_OUTSIDE_APPLICATION, classes);
    }

    @Test
    void isolation_bites_on_a_module_importing_another() {
        assertBites(BastionRules.MODULES_DO_NOT_DEPEND_ON_EACH_OTHER, withWellBehaved(ReadingAnotherModule.class),
                "<" + ReadingAnotherModule.class.getName() + ".", "<" + Widget.class.getName() + ">");
    }

    @Test
    void the_published_surface_bites_on_a_core_aggregate_and_an_adapter_internal() {
        JavaClasses classes = withWellBehaved(WidgetReachingIntoCore.class);
        assertBites(BastionRules.MODULES_USE_ONLY_THE_PUBLISHED_CORE, classes,
                WidgetReachingIntoCore.class.getName(), "<" + User.class.getName() + ">");
        assertBites(BastionRules.MODULES_USE_ONLY_THE_PUBLISHED_CORE, classes,
                WidgetReachingIntoCore.class.getName(), "<" + EnabledModules.class.getName() + ">");
    }

    @Test
    void the_layout_bites_on_a_package_outside_the_five_layers() {
        assertBites(BastionRules.MODULE_CLASSES_SIT_IN_A_LAYER, withWellBehaved(StrayHelper.class),
                StrayHelper.class.getName());
    }

    @Test
    void the_layout_leaves_the_module_switchs_generated_configuration_beside_package_info() {
        assertPasses(BastionRules.MODULE_CLASSES_SIT_IN_A_LAYER,
                withWellBehaved(dev.bastion.modules.archfixturea.$BeanConfiguration.class));
    }

    @Test
    void module_layers_bite_on_dependencies_pointing_outward() {
        assertBites(BastionRules.MODULE_LAYERS, withWellBehaved(WidgetReachingUp.class),
                "<" + WidgetReachingUp.class.getName() + ".", "<" + WidgetService.class.getName() + ">");
        assertBites(BastionRules.MODULE_LAYERS, withWellBehaved(RestReadingPersistence.class),
                "<" + RestReadingPersistence.class.getName() + ".", "<" + JdbcWidgets.class.getName() + ">");
    }

    @Test
    void a_module_domain_stays_framework_free() {
        assertBites(BastionRules.MODULE_DOMAIN_DEPENDS_ONLY_ON_DOMAINS_AND_THE_JDK, withWellBehaved(SingletonWidget.class),
                SingletonWidget.class.getName(), "jakarta.inject.Singleton");
        assertBites(BastionRules.MODULE_DOMAIN_DEPENDS_ONLY_ON_DOMAINS_AND_THE_JDK, withWellBehaved(WidgetReachingUp.class),
                WidgetReachingUp.class.getName(), WidgetService.class.getName());
    }

    @Test
    void a_module_application_depends_on_domains_only() {
        assertBites(BastionRules.MODULE_APPLICATION_DEPENDS_ONLY_ON_THE_CENTER_AND_THE_JDK,
                withWellBehaved(WidgetReachingIntoCore.class), WidgetReachingIntoCore.class.getName(),
                EnabledModules.class.getName());
    }

    @Test
    void the_port_rules_hold_inside_a_module() {
        assertPasses(BastionRules.REPOSITORY_PORTS_LIVE_IN_THE_DOMAIN, withWellBehaved());
        assertPasses(BastionRules.DOMAIN_PORTS_ARE_IMPLEMENTED_BY_ADAPTERS_OR_BOOTSTRAP, withWellBehaved());
        assertBites(BastionRules.REPOSITORY_PORTS_LIVE_IN_THE_DOMAIN, withWellBehaved(StockRepository.class),
                StockRepository.class.getName(), "does not reside in any package");
        assertBites(BastionRules.DOMAIN_PORTS_ARE_IMPLEMENTED_BY_ADAPTERS_OR_BOOTSTRAP,
                withWellBehaved(ApplicationSideWidgets.class),
                ApplicationSideWidgets.class.getName(), "does not reside in any package");
    }

    @Test
    void the_core_never_depends_on_a_module() {
        JavaClasses classes = only(User.class, Transactions.class, CoreReadingModule.class, Widget.class);
        assertBites(BastionRules.LAYERS, classes,
                "<" + CoreReadingModule.class.getName() + ".", "<" + Widget.class.getName() + ">");
    }

    private static JavaClasses withWellBehaved(Class<?>... extra) {
        List<Class<?>> classes = new ArrayList<>(WELL_BEHAVED);
        classes.addAll(List.of(extra));
        return only(classes.toArray(Class<?>[]::new));
    }
}
