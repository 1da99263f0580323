package dev.bastion.architecture;

import static dev.bastion.architecture.RuleAssertions.assertBites;
import static dev.bastion.architecture.RuleAssertions.assertPasses;
import static dev.bastion.architecture.RuleAssertions.only;

import dev.bastion.adapters.rest.archfixture.FixtureController;
import dev.bastion.adapters.rest.archfixture.PortCallingController;
import dev.bastion.application.archfixture.FixtureUseCase;
import dev.bastion.application.archfixture.FixtureUseCaseService;
import dev.bastion.application.shared.Transactions;
import dev.bastion.domain.archfixture.GadgetRepository;
import org.junit.jupiter.api.Test;

/** Proof that rule 8 (controllers call the core only through use cases) bites. */
class ControllerRulesBiteTest {

    private static final Class<?>[] CORE = {FixtureUseCase.class, FixtureUseCase.Command.class,
            FixtureUseCase.Result.class, FixtureUseCaseService.class, GadgetRepository.class, Transactions.class};

    private static Class<?>[] with(Class<?> controller) {
        Class<?>[] classes = java.util.Arrays.copyOf(CORE, CORE.length + 1);
        classes[CORE.length] = controller;
        return classes;
    }

    @Test
    void bites_on_a_controller_calling_a_domain_port() {
        assertBites(BastionRules.CONTROLLERS_CALL_ONLY_USE_CASES, only(with(PortCallingController.class)),
                "PortCallingController", "calls the domain port GadgetRepository");
    }

    @Test
    void bites_on_a_controller_calling_an_outbound_port_of_the_application() {
        assertBites(BastionRules.CONTROLLERS_CALL_ONLY_USE_CASES, only(with(PortCallingController.class)),
                "PortCallingController", "Transactions, which no *Service implements");
    }

    @Test
    void bites_on_a_controller_calling_a_service_class() {
        assertBites(BastionRules.CONTROLLERS_CALL_ONLY_USE_CASES, only(with(PortCallingController.class)),
                "PortCallingController", "calls the service class FixtureUseCaseService");
    }

    @Test
    void passes_on_a_controller_calling_its_use_case() {
        assertPasses(BastionRules.CONTROLLERS_CALL_ONLY_USE_CASES, only(with(FixtureController.class)));
    }
}
