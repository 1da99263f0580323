package dev.bastion.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Tools (the module generator) know nothing of Bastion; who may use them is part of {@link BastionRules#LAYERS}. */
@AnalyzeClasses(packages = "dev.bastion", importOptions = ImportOption.DoNotIncludeTests.class)
class ToolRulesTest {

    @ArchTest
    static final ArchRule tools_depend_on_nothing_of_bastion_but_tools =
            BastionRules.TOOLS_DEPEND_ON_NOTHING_OF_BASTION_BUT_TOOLS;
}
