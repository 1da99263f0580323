package dev.bastion.architecture;

import static dev.bastion.architecture.RuleAssertions.assertBites;
import static dev.bastion.architecture.RuleAssertions.assertPasses;
import static dev.bastion.architecture.RuleAssertions.only;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.bastion.adapters.archfixture.SharedAdapterHelper;
import dev.bastion.adapters.messaging.archfixture.FixtureClock;
import dev.bastion.adapters.messaging.archfixture.FixtureMessagingAdapter;
import dev.bastion.adapters.messaging.archfixture.MessagingLeak;
import dev.bastion.adapters.persistence.archfixture.FixturePersistenceAdapter;
import dev.bastion.adapters.persistence.archfixture.FixtureTransactions;
import dev.bastion.adapters.persistence.archfixture.JdbcGadgetRepository;
import dev.bastion.adapters.persistence.archfixture.PersistenceLeak;
import dev.bastion.adapters.rest.archfixture.FixtureController;
import dev.bastion.adapters.rest.archfixture.RestLeak;
import dev.bastion.adapters.rest.archfixture.RestReadingBootstrap;
import dev.bastion.adapters.rest.archfixture.RestServingATool;
import dev.bastion.application.archfixture.FixtureUseCase;
import dev.bastion.application.archfixture.FixtureUseCaseService;
import dev.bastion.application.archfixture.UseCaseReachingIntoPersistence;
import dev.bastion.archfixture.Stray;
import dev.bastion.bootstrap.archfixture.FixtureSettings;
import dev.bastion.bootstrap.archfixture.FixtureWiring;
import dev.bastion.domain.archfixture.DomainReachingIntoApplication;
import dev.bastion.domain.archfixture.FixtureOrder;
import dev.bastion.domain.archfixture.GadgetRepository;
import dev.bastion.domain.identity.User;
import dev.bastion.application.identity.administration.SeedAdministrator;
import dev.bastion.application.shared.Transactions;
import dev.bastion.domain.shared.Clock;
import dev.bastion.tools.archfixture.FixtureTool;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Proof that rule 3 (dependencies point inward, adapters isolated, bootstrap unseen) bites. */
class LayeringRulesBiteTest {

    /** One class per layer that breaks nothing, so no layer is empty and only the leaks are reported. */
    private static final List<Class<?>> WELL_BEHAVED = List.of(
            User.class, GadgetRepository.class, FixtureOrder.class, Clock.class,
            SeedAdministrator.class, Transactions.class, FixtureUseCase.class, FixtureUseCaseService.class,
            FixtureController.class, FixturePersistenceAdapter.class, FixtureTransactions.class,
            JdbcGadgetRepository.class, FixtureMessagingAdapter.class, FixtureClock.class,
            FixtureSettings.class, FixtureWiring.class, classForName("dev.bastion.bootstrap.archfixture.FixtureWiring$1"),
            FixtureTool.class, RestServingATool.class);

    /** Imported once: importing resolves dependencies from the classpath, which takes a while. */
    private static final JavaClasses WITH_ADAPTER_LEAKS =
            withWellBehaved(RestLeak.class, PersistenceLeak.class, MessagingLeak.class);

    static Stream<Arguments> adapterPairs() {
        return Stream.of(
                Arguments.of(RestLeak.class, FixturePersistenceAdapter.class),
                Arguments.of(RestLeak.class, FixtureMessagingAdapter.class),
                Arguments.of(PersistenceLeak.class, FixtureController.class),
                Arguments.of(PersistenceLeak.class, FixtureMessagingAdapter.class),
                Arguments.of(MessagingLeak.class, FixtureController.class),
                Arguments.of(MessagingLeak.class, FixturePersistenceAdapter.class));
    }

    @Test
    void layers_pass_when_adapters_use_the_center_and_bootstrap_sees_everything() {
        JavaClasses wellBehaved = withWellBehaved();
        assertPasses(BastionRules.LAYERS, wellBehaved);
        assertPasses(BastionRules.ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER, wellBehaved);
        assertPasses(BastionRules.NOTHING_BUT_BOOTSTRAP_DEPENDS_ON_BOOTSTRAP, wellBehaved);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("adapterPairs")
    void layers_bite_on_every_adapter_to_adapter_dependency(Class<?> origin, Class<?> target) {
        assertBites(BastionRules.LAYERS, WITH_ADAPTER_LEAKS, "<" + origin.getName() + ".", "<" + target.getName() + ">");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("adapterPairs")
    void adapter_slices_bite_on_every_adapter_to_adapter_dependency(Class<?> origin, Class<?> target) {
        assertBites(BastionRules.ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER, WITH_ADAPTER_LEAKS,
                "<" + origin.getName() + ".", "<" + target.getName() + ">");
    }

    @Test
    void layers_bite_on_domain_depending_on_application() {
        assertBites(BastionRules.LAYERS, withWellBehaved(DomainReachingIntoApplication.class),
                "<" + DomainReachingIntoApplication.class.getName() + ".", "<" + Transactions.class.getName() + ">");
    }

    @Test
    void layers_bite_on_application_depending_on_an_adapter() {
        assertBites(BastionRules.LAYERS, withWellBehaved(UseCaseReachingIntoPersistence.class),
                "<" + UseCaseReachingIntoPersistence.class.getName() + ".", "<" + FixturePersistenceAdapter.class.getName() + ">");
    }

    @Test
    void layers_bite_on_an_adapter_depending_on_bootstrap() {
        assertBites(BastionRules.LAYERS, withWellBehaved(RestReadingBootstrap.class),
                "<" + RestReadingBootstrap.class.getName() + ".", "<" + FixtureSettings.class.getName() + ">");
    }

    @Test
    void layers_bite_on_classes_outside_every_layer() {
        JavaClasses classes = withWellBehaved(Stray.class, SharedAdapterHelper.class);
        assertBites(BastionRules.LAYERS, classes, "Class <" + Stray.class.getName() + "> is not contained in architecture");
        assertBites(BastionRules.LAYERS, classes,
                "Class <" + SharedAdapterHelper.class.getName() + "> is not contained in architecture");
    }

    @Test
    void layers_bite_when_domain_or_application_is_missing() {
        // Domain and application are mandatory layers: an import that lost them must not pass.
        assertBites(BastionRules.LAYERS, only(FixtureController.class), "Layer 'Domain' is empty");
        assertBites(BastionRules.LAYERS, only(FixtureController.class), "Layer 'Application' is empty");
    }

    @Test
    void bootstrap_rule_bites_on_an_adapter_reading_bootstrap_configuration() {
        assertBites(BastionRules.NOTHING_BUT_BOOTSTRAP_DEPENDS_ON_BOOTSTRAP, only(RestReadingBootstrap.class, FixtureSettings.class),
                RestReadingBootstrap.class.getName(), FixtureSettings.class.getName());
    }

    private static JavaClasses withWellBehaved(Class<?>... extra) {
        List<Class<?>> classes = new ArrayList<>(WELL_BEHAVED);
        classes.addAll(List.of(extra));
        return only(classes.toArray(Class<?>[]::new));
    }

    private static Class<?> classForName(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(name + " was expected to be generated by javac", e);
        }
    }
}
