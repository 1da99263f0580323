package dev.bastion.architecture;

import static dev.bastion.architecture.RuleAssertions.assertBites;
import static dev.bastion.architecture.RuleAssertions.assertPasses;
import static dev.bastion.architecture.RuleAssertions.only;

import dev.bastion.adapters.messaging.archfixture.CacheReadingEntity;
import dev.bastion.adapters.messaging.archfixture.CacheReadingStore;
import dev.bastion.adapters.messaging.archfixture.SessionRowRepository;
import dev.bastion.adapters.persistence.archfixture.FixtureRow;
import dev.bastion.adapters.persistence.archfixture.FixtureRowRepository;
import dev.bastion.adapters.persistence.archfixture.JdbcGadgetRepository;
import dev.bastion.adapters.persistence.archfixture.LegacyUnannotatedRow;
import dev.bastion.adapters.persistence.archfixture.UnconventionalEntity;
import dev.bastion.adapters.persistence.archfixture.UserJdbcStore;
import dev.bastion.adapters.rest.archfixture.ControllerReadingPlainRow;
import dev.bastion.adapters.rest.archfixture.ControllerReadingRow;
import dev.bastion.adapters.rest.archfixture.MisplacedRow;
import dev.bastion.application.archfixture.FixtureUseCaseService;
import dev.bastion.bootstrap.archfixture.FixtureWiring;
import dev.bastion.bootstrap.archfixture.WiringReadingRowRepository;
import dev.bastion.modules.archfixturea.adapters.persistence.WidgetRow;
import dev.bastion.modules.archfixturea.adapters.persistence.WidgetRows;
import dev.bastion.modules.archfixturea.adapters.rest.RestReadingRow;
import dev.bastion.modules.archfixturea.adapters.rest.WidgetResource;
import dev.bastion.modules.archfixturea.application.StockRow;
import dev.bastion.modules.archfixturea.wiring.FixtureModule;
import org.junit.jupiter.api.Test;

/** Proof that rule 5 (rows and row repositories are private to persistence) bites. */
class PersistenceRowsRulesBiteTest {

    @Test
    void usage_rule_bites_on_rest_returning_a_mapped_entity() {
        assertBites(BastionRules.ROWS_ARE_USED_ONLY_INSIDE_PERSISTENCE, only(ControllerReadingRow.class, FixtureRow.class),
                ControllerReadingRow.class.getName(), FixtureRow.class.getName());
    }

    @Test
    void usage_rule_bites_on_a_row_known_only_by_its_name() {
        assertBites(BastionRules.ROWS_ARE_USED_ONLY_INSIDE_PERSISTENCE,
                only(ControllerReadingPlainRow.class, LegacyUnannotatedRow.class),
                ControllerReadingPlainRow.class.getName(), LegacyUnannotatedRow.class.getName());
    }

    @Test
    void usage_rule_bites_on_a_mapped_entity_known_only_by_its_annotation() {
        assertBites(BastionRules.ROWS_ARE_USED_ONLY_INSIDE_PERSISTENCE, only(CacheReadingEntity.class, UnconventionalEntity.class),
                CacheReadingEntity.class.getName(), UnconventionalEntity.class.getName());
    }

    @Test
    void usage_rule_bites_on_a_jdbc_repository_known_only_by_its_meta_annotation() {
        assertBites(BastionRules.ROWS_ARE_USED_ONLY_INSIDE_PERSISTENCE, only(CacheReadingStore.class, UserJdbcStore.class),
                CacheReadingStore.class.getName(), UserJdbcStore.class.getName());
    }

    @Test
    void usage_rule_bites_even_on_bootstrap() {
        assertBites(BastionRules.ROWS_ARE_USED_ONLY_INSIDE_PERSISTENCE,
                only(WiringReadingRowRepository.class, FixtureRowRepository.class),
                WiringReadingRowRepository.class.getName(), FixtureRowRepository.class.getName());
    }

    @Test
    void usage_rule_passes_on_persistence_using_its_own_rows_behind_a_domain_port() {
        // bootstrap and the application service see the port implementation, never the rows behind it
        assertPasses(BastionRules.ROWS_ARE_USED_ONLY_INSIDE_PERSISTENCE,
                only(JdbcGadgetRepository.class, FixtureRowRepository.class, FixtureRow.class,
                        FixtureWiring.class, FixtureUseCaseService.class));
    }

    @Test
    void usage_rule_bites_on_a_modules_rest_adapter_holding_the_modules_rows() {
        assertBites(BastionRules.ROWS_ARE_USED_ONLY_INSIDE_PERSISTENCE, only(RestReadingRow.class, WidgetRow.class),
                RestReadingRow.class.getName(), WidgetRow.class.getName());
    }

    @Test
    void usage_rule_passes_on_a_modules_persistence_adapter_using_its_own_rows() {
        // the module's REST adapter and wiring see neither its rows nor its row mapping
        assertPasses(BastionRules.ROWS_ARE_USED_ONLY_INSIDE_PERSISTENCE,
                only(WidgetRows.class, WidgetRow.class, WidgetResource.class, FixtureModule.class));
    }

    private static final String NOT_IN_A_PERSISTENCE_ADAPTER =
            "does not reside in any package ['dev.bastion.adapters.persistence..', "
                    + "'dev.bastion.modules.*.adapters.persistence..']";

    @Test
    void residence_rule_bites_on_a_row_outside_persistence() {
        assertBites(BastionRules.ROWS_RESIDE_IN_PERSISTENCE, only(MisplacedRow.class),
                MisplacedRow.class.getName(), NOT_IN_A_PERSISTENCE_ADAPTER);
    }

    @Test
    void residence_rule_bites_on_a_row_repository_outside_persistence() {
        assertBites(BastionRules.ROWS_RESIDE_IN_PERSISTENCE, only(SessionRowRepository.class),
                SessionRowRepository.class.getName(), NOT_IN_A_PERSISTENCE_ADAPTER);
    }

    @Test
    void residence_rule_bites_on_a_row_in_a_modules_application() {
        assertBites(BastionRules.ROWS_RESIDE_IN_PERSISTENCE, only(StockRow.class),
                StockRow.class.getName(), NOT_IN_A_PERSISTENCE_ADAPTER);
    }

    @Test
    void residence_rule_passes_on_rows_in_persistence() {
        assertPasses(BastionRules.ROWS_RESIDE_IN_PERSISTENCE,
                only(FixtureRow.class, FixtureRowRepository.class, UnconventionalEntity.class, UserJdbcStore.class,
                        LegacyUnannotatedRow.class, WidgetRow.class));
    }

    @Test
    void naming_rules_bite_on_a_mapped_entity_and_a_jdbc_repository_with_other_names() {
        assertBites(BastionRules.MAPPED_ENTITIES_ARE_NAMED_ROW, only(UnconventionalEntity.class),
                UnconventionalEntity.class.getName(), "does not have simple name ending with 'Row'");
        assertBites(BastionRules.DATA_REPOSITORIES_ARE_NAMED_ROW_REPOSITORY, only(UserJdbcStore.class),
                UserJdbcStore.class.getName(), "does not have simple name ending with 'RowRepository'");
    }

    @Test
    void naming_rules_pass_on_conventional_rows() {
        assertPasses(BastionRules.MAPPED_ENTITIES_ARE_NAMED_ROW, only(FixtureRow.class));
        assertPasses(BastionRules.DATA_REPOSITORIES_ARE_NAMED_ROW_REPOSITORY, only(FixtureRowRepository.class));
    }
}
