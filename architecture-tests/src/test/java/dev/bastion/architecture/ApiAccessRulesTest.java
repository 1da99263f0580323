package dev.bastion.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Rule 7: every /api operation declares its permission, or explicitly its public/signed-in access. */
@AnalyzeClasses(packages = "dev.bastion", importOptions = ImportOption.DoNotIncludeTests.class)
class ApiAccessRulesTest {

    @ArchTest
    static final ArchRule api_operations_declare_access = BastionRules.API_OPERATIONS_DECLARE_ACCESS;
}
