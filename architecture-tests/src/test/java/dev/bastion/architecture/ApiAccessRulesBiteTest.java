package dev.bastion.architecture;

import static dev.bastion.architecture.RuleAssertions.assertBites;
import static dev.bastion.architecture.RuleAssertions.assertPasses;
import static dev.bastion.architecture.RuleAssertions.only;

import dev.bastion.adapters.rest.archfixture.DeclaredOperationsController;
import dev.bastion.adapters.rest.archfixture.UndeclaredOperationController;
import org.junit.jupiter.api.Test;

/** Proof that rule 7 (every API operation declares its access) bites. */
class ApiAccessRulesBiteTest {

    @Test
    void bites_on_an_operation_without_permission_or_explicit_access() {
        assertBites(BastionRules.API_OPERATIONS_DECLARE_ACCESS, only(UndeclaredOperationController.class),
                UndeclaredOperationController.class.getName() + ".delete", "declares no permission");
    }

    @Test
    void passes_on_operations_with_a_permission_signed_in_or_public_access() {
        assertPasses(BastionRules.API_OPERATIONS_DECLARE_ACCESS, only(DeclaredOperationsController.class));
    }
}
