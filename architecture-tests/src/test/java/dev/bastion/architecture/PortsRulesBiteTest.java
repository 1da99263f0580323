package dev.bastion.architecture;

import static dev.bastion.architecture.RuleAssertions.assertBites;
import static dev.bastion.architecture.RuleAssertions.assertPasses;
import static dev.bastion.architecture.RuleAssertions.only;

import dev.bastion.adapters.messaging.archfixture.FixtureAccessCache;
import dev.bastion.adapters.messaging.archfixture.FixtureEventBus;
import dev.bastion.adapters.messaging.archfixture.RedisEventOutbox;
import dev.bastion.adapters.persistence.archfixture.FixtureEventOutbox;
import dev.bastion.adapters.messaging.archfixture.FixtureClock;
import dev.bastion.adapters.messaging.archfixture.RedisTransactions;
import dev.bastion.adapters.persistence.archfixture.AuditStoreRepository;
import dev.bastion.adapters.persistence.archfixture.FixtureRowRepository;
import dev.bastion.adapters.persistence.archfixture.FixtureTransactions;
import dev.bastion.adapters.persistence.archfixture.JdbcAccessCache;
import dev.bastion.adapters.persistence.archfixture.JdbcGadgetRepository;
import dev.bastion.adapters.rest.archfixture.ControllerImplementingUseCase;
import dev.bastion.application.archfixture.ApplicationSideClock;
import dev.bastion.application.archfixture.FixtureChoreHandler;
import dev.bastion.application.archfixture.DirectEventBus;
import dev.bastion.application.archfixture.FixtureUseCase;
import dev.bastion.application.archfixture.FixtureUseCaseService;
import dev.bastion.application.archfixture.ForeignUseCaseService;
import dev.bastion.application.archfixture.InlineTransactions;
import dev.bastion.application.archfixture.LonelyService;
import dev.bastion.application.archfixture.OrderRepository;
import dev.bastion.bootstrap.archfixture.$FixtureUseCase$Intercepted;
import dev.bastion.bootstrap.archfixture.FixtureWiring;
import dev.bastion.bootstrap.archfixture.TimingUseCaseDecorator;
import dev.bastion.domain.archfixture.FixtureOrder;
import dev.bastion.domain.archfixture.GadgetRepository;
import dev.bastion.domain.archfixture.FixtureShape;
import dev.bastion.domain.identity.UserRepository;
import org.junit.jupiter.api.Test;

/** Proof that rule 6 (ports named, placed and implemented as ARCHITECTURE.md says) bites. */
class PortsRulesBiteTest {

    @Test
    void repository_rule_bites_on_a_repository_port_in_application() {
        assertBites(BastionRules.REPOSITORY_PORTS_LIVE_IN_THE_DOMAIN, only(OrderRepository.class),
                OrderRepository.class.getName(), "does not reside in any package ['dev.bastion.domain..', 'dev.bastion.modules.*.domain..']");
    }

    @Test
    void repository_rule_bites_on_a_repository_interface_in_an_adapter_that_is_not_a_row_repository() {
        assertBites(BastionRules.REPOSITORY_PORTS_LIVE_IN_THE_DOMAIN, only(AuditStoreRepository.class),
                AuditStoreRepository.class.getName(), "does not reside in any package ['dev.bastion.domain..', 'dev.bastion.modules.*.domain..']");
    }

    @Test
    void repository_rule_passes_on_domain_ports_and_persistence_row_repositories() {
        assertPasses(BastionRules.REPOSITORY_PORTS_LIVE_IN_THE_DOMAIN,
                only(GadgetRepository.class, UserRepository.class, FixtureRowRepository.class, JdbcGadgetRepository.class));
    }

    @Test
    void service_rule_bites_on_a_service_without_a_use_case() {
        assertBites(BastionRules.USE_CASE_SERVICES_IMPLEMENT_A_USE_CASE_OF_THEIR_PACKAGE, only(LonelyService.class),
                "Class <" + LonelyService.class.getName() + "> implements no interface of package");
    }

    @Test
    void service_rule_bites_on_a_service_implementing_only_another_package_s_use_case() {
        assertBites(BastionRules.USE_CASE_SERVICES_IMPLEMENT_A_USE_CASE_OF_THEIR_PACKAGE, only(ForeignUseCaseService.class),
                "Class <" + ForeignUseCaseService.class.getName() + "> implements no interface of package",
                "dev.bastion.application.identity.administration.SeedAdministrator");
    }

    @Test
    void service_rule_passes_on_a_service_implementing_the_use_case_next_to_it() {
        assertPasses(BastionRules.USE_CASE_SERVICES_IMPLEMENT_A_USE_CASE_OF_THEIR_PACKAGE,
                only(FixtureUseCaseService.class, FixtureUseCase.class));
    }

    @Test
    void port_implementation_rule_bites_on_application_implementing_a_domain_port() {
        assertBites(BastionRules.DOMAIN_PORTS_ARE_IMPLEMENTED_BY_ADAPTERS_OR_BOOTSTRAP, only(ApplicationSideClock.class),
                ApplicationSideClock.class.getName(), "does not reside in any package ['dev.bastion.adapters..', 'dev.bastion.bootstrap..', 'dev.bastion.modules.*.domain..'");
    }

    @Test
    void port_implementation_rule_passes_on_adapters_bootstrap_the_domain_s_own_types_and_job_handlers() {
        assertPasses(BastionRules.DOMAIN_PORTS_ARE_IMPLEMENTED_BY_ADAPTERS_OR_BOOTSTRAP,
                only(FixtureClock.class, JdbcGadgetRepository.class, FixtureWiring.class,
                        classForName("dev.bastion.bootstrap.archfixture.FixtureWiring$1"),
                        FixtureOrder.class, FixtureShape.Circle.class, FixtureShape.Square.class,
                        FixtureChoreHandler.class));
    }

    @Test
    void transactions_rule_bites_on_transactions_outside_persistence() {
        assertBites(BastionRules.TRANSACTIONS_IS_IMPLEMENTED_BY_PERSISTENCE, only(RedisTransactions.class),
                RedisTransactions.class.getName(), "does not reside in a package 'dev.bastion.adapters.persistence..'");
        assertBites(BastionRules.TRANSACTIONS_IS_IMPLEMENTED_BY_PERSISTENCE, only(InlineTransactions.class),
                InlineTransactions.class.getName(), "does not reside in a package 'dev.bastion.adapters.persistence..'");
        assertBites(BastionRules.TRANSACTIONS_IS_IMPLEMENTED_BY_PERSISTENCE, only(RedisEventOutbox.class),
                RedisEventOutbox.class.getName(), "does not reside in a package 'dev.bastion.adapters.persistence..'");
    }

    @Test
    void transactions_rule_passes_on_persistence() {
        assertPasses(BastionRules.TRANSACTIONS_IS_IMPLEMENTED_BY_PERSISTENCE,
                only(FixtureTransactions.class, FixtureEventOutbox.class));
    }

    @Test
    void application_port_rule_bites_on_an_adapter_implementing_a_use_case() {
        assertBites(BastionRules.ONLY_OUTBOUND_PORTS_ARE_IMPLEMENTED_OUTSIDE_APPLICATION, only(ControllerImplementingUseCase.class),
                "Class <" + ControllerImplementingUseCase.class.getName()
                        + "> implements <dev.bastion.application.identity.administration.SeedAdministrator>");
    }

    @Test
    void application_port_rule_bites_on_bootstrap_hand_writing_a_use_case_implementation() {
        assertBites(BastionRules.ONLY_OUTBOUND_PORTS_ARE_IMPLEMENTED_OUTSIDE_APPLICATION, only(TimingUseCaseDecorator.class),
                "Class <" + TimingUseCaseDecorator.class.getName() + "> implements <" + FixtureUseCase.class.getName() + ">");
    }

    @Test
    void application_port_rule_passes_on_outbound_ports_in_adapters_and_on_micronaut_proxies() {
        assertPasses(BastionRules.ONLY_OUTBOUND_PORTS_ARE_IMPLEMENTED_OUTSIDE_APPLICATION,
                only(FixtureTransactions.class, FixtureClock.class, $FixtureUseCase$Intercepted.class,
                        FixtureAccessCache.class, FixtureEventBus.class, FixtureEventOutbox.class));
    }

    @Test
    void access_cache_rule_bites_on_the_access_cache_ports_outside_messaging() {
        assertBites(BastionRules.ACCESS_CACHE_PORTS_ARE_IMPLEMENTED_BY_MESSAGING, only(JdbcAccessCache.class),
                JdbcAccessCache.class.getName(), "does not reside in a package 'dev.bastion.adapters.messaging..'");
        assertBites(BastionRules.ACCESS_CACHE_PORTS_ARE_IMPLEMENTED_BY_MESSAGING, only(DirectEventBus.class),
                DirectEventBus.class.getName(), "does not reside in a package 'dev.bastion.adapters.messaging..'");
    }

    @Test
    void access_cache_rule_passes_on_messaging() {
        assertPasses(BastionRules.ACCESS_CACHE_PORTS_ARE_IMPLEMENTED_BY_MESSAGING,
                only(FixtureAccessCache.class, FixtureEventBus.class));
    }

    private static Class<?> classForName(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(name + " was expected to be generated by javac", e);
        }
    }
}
