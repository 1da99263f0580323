package dev.bastion.architecture;

import static dev.bastion.architecture.RuleAssertions.assertBites;
import static dev.bastion.architecture.RuleAssertions.assertPasses;
import static dev.bastion.architecture.RuleAssertions.only;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.bastion.adapters.persistence.archfixture.FixturePersistenceAdapter;
import dev.bastion.application.archfixture.FixtureUseCase;
import dev.bastion.application.archfixture.FixtureUseCaseService;
import dev.bastion.application.archfixture.FrameworkGrabBag;
import dev.bastion.application.archfixture.MetaAnnotatedUseCaseService;
import dev.bastion.application.archfixture.SingletonUseCaseService;
import dev.bastion.application.archfixture.UseCase;
import dev.bastion.application.archfixture.UseCaseReachingIntoPersistence;
import dev.bastion.domain.archfixture.DomainReachingIntoApplication;
import dev.bastion.domain.archfixture.FixtureOrder;
import dev.bastion.domain.archfixture.FixtureQuantity;
import dev.bastion.domain.archfixture.FixtureShape;
import dev.bastion.domain.archfixture.FixtureState;
import dev.bastion.domain.archfixture.GadgetRepository;
import dev.bastion.domain.archfixture.LeakyAggregate;
import dev.bastion.domain.archfixture.NullableParameterValue;
import dev.bastion.domain.archfixture.SqlAwareAggregate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Proof that rules 1 and 2 (framework-free core) fail on wrong fixtures and pass on right ones. */
class FrameworkFreeCoreBiteTest {

    /** Modern, plain Java that a domain legitimately contains. */
    private static final JavaClasses COMPLIANT_DOMAIN = only(FixtureOrder.class, FixtureOrder.Pricing.class,
            FixtureQuantity.class, FixtureState.class, FixtureShape.class, FixtureShape.Circle.class,
            FixtureShape.Square.class, GadgetRepository.class,
            // the switch over an enum compiles to a synthetic FixtureOrder$1 holding the switch map
            classForName("dev.bastion.domain.archfixture.FixtureOrder$1"));

    @Test
    void domain_rule_bites_on_a_micronaut_annotation() {
        assertBites(BastionRules.DOMAIN_DEPENDS_ONLY_ON_ITSELF_AND_THE_JDK, only(LeakyAggregate.class),
                LeakyAggregate.class.getName(), "io.micronaut.core.annotation.Introspected");
    }

    @Test
    void domain_rule_bites_on_a_dependency_on_application() {
        assertBites(BastionRules.DOMAIN_DEPENDS_ONLY_ON_ITSELF_AND_THE_JDK, only(DomainReachingIntoApplication.class),
                DomainReachingIntoApplication.class.getName(), "dev.bastion.application.shared.Transactions");
    }

    @Test
    void domain_rule_passes_on_records_enums_sealed_types_switches_and_lambdas() {
        assertPasses(BastionRules.DOMAIN_DEPENDS_ONLY_ON_ITSELF_AND_THE_JDK, COMPLIANT_DOMAIN);
        assertPasses(BastionRules.CORE_DOES_NOT_TOUCH_FRAMEWORKS, COMPLIANT_DOMAIN);
        assertPasses(BastionRules.CORE_CARRIES_NO_FRAMEWORK_ANNOTATIONS, COMPLIANT_DOMAIN);
    }

    @Test
    void application_rule_bites_on_a_framework_annotation() {
        assertBites(BastionRules.APPLICATION_DEPENDS_ONLY_ON_DOMAIN_AND_THE_JDK, only(SingletonUseCaseService.class),
                SingletonUseCaseService.class.getName(), "jakarta.inject.Singleton");
    }

    @Test
    void application_rule_bites_on_a_dependency_on_an_adapter() {
        assertBites(BastionRules.APPLICATION_DEPENDS_ONLY_ON_DOMAIN_AND_THE_JDK, only(UseCaseReachingIntoPersistence.class),
                UseCaseReachingIntoPersistence.class.getName(), FixturePersistenceAdapter.class.getName());
    }

    @Test
    void application_rule_passes_on_a_plain_service_using_domain_ports_and_transactions() {
        assertPasses(BastionRules.APPLICATION_DEPENDS_ONLY_ON_DOMAIN_AND_THE_JDK,
                only(FixtureUseCase.class, FixtureUseCase.Command.class, FixtureUseCase.Result.class,
                        FixtureUseCaseService.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {"io.micronaut.", "jakarta.", "io.lettuce.", "org.mapstruct.", "com.fasterxml.",
            "org.flywaydb.", "io.swagger.", "org.slf4j.", "java.sql.", "javax.sql."})
    void framework_rule_bites_on_every_forbidden_family(String forbiddenPackage) {
        assertBites(BastionRules.CORE_DOES_NOT_TOUCH_FRAMEWORKS, only(FrameworkGrabBag.class),
                FrameworkGrabBag.class.getName(), "<" + forbiddenPackage);
    }

    @Test
    void framework_rule_bites_on_sql_in_the_domain_which_the_jdk_only_rule_lets_through() {
        assertPasses(BastionRules.DOMAIN_DEPENDS_ONLY_ON_ITSELF_AND_THE_JDK, only(SqlAwareAggregate.class));
        assertBites(BastionRules.CORE_DOES_NOT_TOUCH_FRAMEWORKS, only(SqlAwareAggregate.class),
                SqlAwareAggregate.class.getName(), "java.sql.Timestamp");
    }

    @Test
    void framework_rule_bites_on_a_framework_annotation_in_the_domain() {
        assertBites(BastionRules.CORE_DOES_NOT_TOUCH_FRAMEWORKS, only(LeakyAggregate.class),
                LeakyAggregate.class.getName(), "io.micronaut.core.annotation.Introspected");
    }

    @Test
    void annotation_rule_bites_on_a_class_annotation() {
        assertBites(BastionRules.CORE_CARRIES_NO_FRAMEWORK_ANNOTATIONS, only(LeakyAggregate.class),
                "Class <" + LeakyAggregate.class.getName() + "> is annotated with @io.micronaut.core.annotation.Introspected");
    }

    @Test
    void annotation_rule_bites_on_a_parameter_annotation() {
        assertBites(BastionRules.CORE_CARRIES_NO_FRAMEWORK_ANNOTATIONS, only(NullableParameterValue.class),
                "Parameter 0 of Method <" + NullableParameterValue.class.getName() + ".rename(java.lang.String)>",
                "@jakarta.annotation.Nullable");
    }

    @Test
    void annotation_rule_bites_on_a_framework_meta_annotation_that_the_dependency_rules_miss() {
        JavaClasses classes = only(MetaAnnotatedUseCaseService.class, UseCase.class, FixtureUseCase.class,
                FixtureUseCase.Command.class, FixtureUseCase.Result.class);
        // The service itself depends only on application types ...
        assertPasses(BastionRules.APPLICATION_DEPENDS_ONLY_ON_DOMAIN_AND_THE_JDK,
                only(MetaAnnotatedUseCaseService.class));
        // ... but its @UseCase is a @Singleton in disguise.
        assertBites(BastionRules.CORE_CARRIES_NO_FRAMEWORK_ANNOTATIONS, classes,
                "Class <" + MetaAnnotatedUseCaseService.class.getName() + "> is annotated with @" + UseCase.class.getName()
                        + ", which is meta-annotated with @jakarta.inject.Singleton");
    }

    private static Class<?> classForName(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(name + " was expected to be generated by javac", e);
        }
    }
}
