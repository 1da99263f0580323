package dev.bastion.architecture;

import static dev.bastion.architecture.RuleAssertions.assertBites;
import static dev.bastion.architecture.RuleAssertions.assertPasses;
import static dev.bastion.architecture.RuleAssertions.only;

import com.tngtech.archunit.lang.ArchRule;
import dev.bastion.adapters.messaging.archfixturea.MessagingCycleA;
import dev.bastion.adapters.messaging.archfixtureb.MessagingCycleB;
import dev.bastion.adapters.persistence.archfixturea.PersistenceCycleA;
import dev.bastion.adapters.persistence.archfixtureb.PersistenceCycleB;
import dev.bastion.adapters.rest.archfixturea.RestCycleA;
import dev.bastion.adapters.rest.archfixtureb.RestCycleB;
import dev.bastion.application.archfixturea.Gamma;
import dev.bastion.application.archfixtureb.Delta;
import dev.bastion.application.identity.administration.SeedAdministratorService;
import dev.bastion.application.shared.Transactions;
import dev.bastion.domain.archfixturea.Alpha;
import dev.bastion.domain.archfixtureb.Beta;
import dev.bastion.domain.identity.User;
import dev.bastion.domain.shared.ConflictException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Proof that rule 4 (no cycles between context packages) bites in every layer. */
class CycleRulesBiteTest {

    static Stream<Arguments> cycles() {
        return Stream.of(
                Arguments.of("domain", BastionRules.DOMAIN_CONTEXTS_ARE_FREE_OF_CYCLES, Alpha.class, Beta.class),
                Arguments.of("application", BastionRules.APPLICATION_CONTEXTS_ARE_FREE_OF_CYCLES, Gamma.class, Delta.class),
                Arguments.of("REST", BastionRules.REST_CONTEXTS_ARE_FREE_OF_CYCLES, RestCycleA.class, RestCycleB.class),
                Arguments.of("persistence", BastionRules.PERSISTENCE_CONTEXTS_ARE_FREE_OF_CYCLES,
                        PersistenceCycleA.class, PersistenceCycleB.class),
                Arguments.of("messaging", BastionRules.MESSAGING_CONTEXTS_ARE_FREE_OF_CYCLES,
                        MessagingCycleA.class, MessagingCycleB.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cycles")
    void cycle_rule_bites_on_two_contexts_using_each_other(String layer, ArchRule rule, Class<?> a, Class<?> b) {
        assertBites(rule, only(a, b), "Cycle detected", layer + " context 'archfixturea'", layer + " context 'archfixtureb'",
                "<" + a.getName() + ".", "<" + b.getName() + ".");
    }

    @Test
    void context_cycle_rules_pass_on_a_one_way_dependency_between_contexts() {
        // identity -> shared, and never back
        assertPasses(BastionRules.DOMAIN_CONTEXTS_ARE_FREE_OF_CYCLES, only(User.class, ConflictException.class));
        assertPasses(BastionRules.APPLICATION_CONTEXTS_ARE_FREE_OF_CYCLES,
                only(SeedAdministratorService.class, Transactions.class));
    }
}
