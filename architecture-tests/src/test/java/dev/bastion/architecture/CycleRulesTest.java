package dev.bastion.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Rule 4: the bounded-context packages of each layer do not form cycles. */
@AnalyzeClasses(packages = "dev.bastion", importOptions = ImportOption.DoNotIncludeTests.class)
class CycleRulesTest {

    @ArchTest
    static final ArchRule domain_contexts_are_free_of_cycles = BastionRules.DOMAIN_CONTEXTS_ARE_FREE_OF_CYCLES;

    @ArchTest
    static final ArchRule application_contexts_are_free_of_cycles = BastionRules.APPLICATION_CONTEXTS_ARE_FREE_OF_CYCLES;

    @ArchTest
    static final ArchRule rest_contexts_are_free_of_cycles = BastionRules.REST_CONTEXTS_ARE_FREE_OF_CYCLES;

    @ArchTest
    static final ArchRule persistence_contexts_are_free_of_cycles = BastionRules.PERSISTENCE_CONTEXTS_ARE_FREE_OF_CYCLES;

    @ArchTest
    static final ArchRule messaging_contexts_are_free_of_cycles = BastionRules.MESSAGING_CONTEXTS_ARE_FREE_OF_CYCLES;
}
