package dev.bastion.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Rule 5: @MappedEntity rows and Micronaut Data repositories never leave the persistence adapter. */
@AnalyzeClasses(packages = "dev.bastion", importOptions = ImportOption.DoNotIncludeTests.class)
class PersistenceRowsRulesTest {

    @ArchTest
    static final ArchRule rows_are_used_only_inside_persistence = BastionRules.ROWS_ARE_USED_ONLY_INSIDE_PERSISTENCE;

    @ArchTest
    static final ArchRule rows_reside_in_persistence = BastionRules.ROWS_RESIDE_IN_PERSISTENCE;

    @ArchTest
    static final ArchRule mapped_entities_are_named_row = BastionRules.MAPPED_ENTITIES_ARE_NAMED_ROW;

    @ArchTest
    static final ArchRule data_repositories_are_named_row_repository = BastionRules.DATA_REPOSITORIES_ARE_NAMED_ROW_REPOSITORY;
}
