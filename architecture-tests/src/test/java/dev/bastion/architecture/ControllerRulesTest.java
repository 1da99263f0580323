package dev.bastion.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Rule 8: controllers call into the core only through application use cases. */
@AnalyzeClasses(packages = "dev.bastion", importOptions = ImportOption.DoNotIncludeTests.class)
class ControllerRulesTest {

    @ArchTest
    static final ArchRule controllers_call_only_use_cases = BastionRules.CONTROLLERS_CALL_ONLY_USE_CASES;
}
