package dev.bastion.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Rule 3b: business modules are isolated from each other, use the core's published surface, and are layered. */
@AnalyzeClasses(packages = "dev.bastion", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleRulesTest {

    @ArchTest
    static final ArchRule modules_do_not_depend_on_each_other = BastionRules.MODULES_DO_NOT_DEPEND_ON_EACH_OTHER;

    @ArchTest
    static final ArchRule modules_use_only_the_published_core = BastionRules.MODULES_USE_ONLY_THE_PUBLISHED_CORE;

    @ArchTest
    static final ArchRule module_classes_sit_in_a_layer = BastionRules.MODULE_CLASSES_SIT_IN_A_LAYER;

    @ArchTest
    static final ArchRule module_layers = BastionRules.MODULE_LAYERS;

    @ArchTest
    static final ArchRule module_domain_is_pure = BastionRules.MODULE_DOMAIN_DEPENDS_ONLY_ON_DOMAINS_AND_THE_JDK;

    @ArchTest
    static final ArchRule module_application_depends_on_the_center =
            BastionRules.MODULE_APPLICATION_DEPENDS_ONLY_ON_THE_CENTER_AND_THE_JDK;
}
