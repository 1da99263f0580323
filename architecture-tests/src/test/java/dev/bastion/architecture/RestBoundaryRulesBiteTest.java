package dev.bastion.architecture;

import static dev.bastion.architecture.RuleAssertions.assertBites;
import static dev.bastion.architecture.RuleAssertions.assertPasses;
import static dev.bastion.architecture.RuleAssertions.only;

import dev.bastion.adapters.rest.archfixture.AggregateRenderingMapper;
import dev.bastion.adapters.rest.archfixture.PortReachingFilter;
import dev.bastion.adapters.rest.archfixture.UseCaseCallingFilter;
import dev.bastion.application.archfixture.FixtureUseCase;
import dev.bastion.application.archfixture.FixtureUseCaseService;
import dev.bastion.application.shared.Transactions;
import dev.bastion.domain.archfixture.FixtureParcel;
import dev.bastion.domain.archfixture.FixtureQuantity;
import dev.bastion.domain.archfixture.GadgetRepository;
import dev.bastion.domain.shared.Clock;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Proof that rules 9 (no aggregates in REST) and 10 (REST beans use use cases only) bite. */
class RestBoundaryRulesBiteTest {

    private static final Class<?>[] CORE = {FixtureUseCase.class, FixtureUseCase.Command.class,
            FixtureUseCase.Result.class, FixtureUseCaseService.class, GadgetRepository.class, Transactions.class,
            FixtureParcel.class, FixtureQuantity.class, Clock.class};

    private static Class<?>[] with(Class<?> restClass) {
        Class<?>[] classes = Arrays.copyOf(CORE, CORE.length + 1);
        classes[CORE.length] = restClass;
        return classes;
    }

    @Test
    void rule_9_bites_on_a_rest_class_reading_an_aggregate() {
        assertBites(BastionRules.REST_DOES_NOT_DEPEND_ON_AGGREGATES, only(with(AggregateRenderingMapper.class)),
                "AggregateRenderingMapper", "FixtureParcel");
    }

    @Test
    void rule_9_passes_on_a_rest_class_using_use_cases_and_values() {
        assertPasses(BastionRules.REST_DOES_NOT_DEPEND_ON_AGGREGATES, only(with(UseCaseCallingFilter.class)));
    }

    @Test
    void rule_10_bites_on_a_rest_bean_using_a_domain_port() {
        assertBites(BastionRules.REST_REACHES_THE_CORE_ONLY_THROUGH_USE_CASES, only(with(PortReachingFilter.class)),
                "PortReachingFilter", "uses the domain port GadgetRepository");
    }

    @Test
    void rule_10_bites_on_a_rest_bean_using_an_outbound_port_of_the_application() {
        assertBites(BastionRules.REST_REACHES_THE_CORE_ONLY_THROUGH_USE_CASES, only(with(PortReachingFilter.class)),
                "PortReachingFilter", "Transactions, which nothing in application implements");
    }

    @Test
    void rule_10_bites_on_a_rest_bean_using_a_service_class() {
        assertBites(BastionRules.REST_REACHES_THE_CORE_ONLY_THROUGH_USE_CASES, only(with(PortReachingFilter.class)),
                "PortReachingFilter", "uses the service class FixtureUseCaseService");
    }

    @Test
    void rule_10_passes_on_a_rest_bean_using_a_use_case_a_value_and_the_clock() {
        assertPasses(BastionRules.REST_REACHES_THE_CORE_ONLY_THROUGH_USE_CASES, only(with(UseCaseCallingFilter.class)));
    }
}
