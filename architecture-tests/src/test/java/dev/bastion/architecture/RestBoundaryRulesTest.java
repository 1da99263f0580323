package dev.bastion.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Rules 9 and 10: REST holds read models, not aggregates, and every REST bean goes through use cases. */
@AnalyzeClasses(packages = "dev.bastion", importOptions = ImportOption.DoNotIncludeTests.class)
class RestBoundaryRulesTest {

    @ArchTest
    static final ArchRule rest_does_not_depend_on_aggregates = BastionRules.REST_DOES_NOT_DEPEND_ON_AGGREGATES;

    @ArchTest
    static final ArchRule rest_reaches_the_core_only_through_use_cases =
            BastionRules.REST_REACHES_THE_CORE_ONLY_THROUGH_USE_CASES;
}
