package dev.bastion.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Rule 3: dependencies point inward; adapters are isolated; only bootstrap sees everything. */
@AnalyzeClasses(packages = "dev.bastion", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringRulesTest {

    @ArchTest
    static final ArchRule layers = BastionRules.LAYERS;

    @ArchTest
    static final ArchRule adapters_do_not_depend_on_each_other = BastionRules.ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER;

    @ArchTest
    static final ArchRule nothing_but_bootstrap_depends_on_bootstrap = BastionRules.NOTHING_BUT_BOOTSTRAP_DEPENDS_ON_BOOTSTRAP;
}
