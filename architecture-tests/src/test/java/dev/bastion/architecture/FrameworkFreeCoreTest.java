package dev.bastion.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Rules 1 and 2: domain needs only the JDK, application only domain; no framework in either. */
@AnalyzeClasses(packages = "dev.bastion", importOptions = ImportOption.DoNotIncludeTests.class)
class FrameworkFreeCoreTest {

    @ArchTest
    static final ArchRule domain_depends_only_on_itself_and_the_jdk =
            BastionRules.DOMAIN_DEPENDS_ONLY_ON_ITSELF_AND_THE_JDK;

    @ArchTest
    static final ArchRule application_depends_only_on_domain_and_the_jdk =
            BastionRules.APPLICATION_DEPENDS_ONLY_ON_DOMAIN_AND_THE_JDK;

    @ArchTest
    static final ArchRule core_does_not_touch_frameworks = BastionRules.CORE_DOES_NOT_TOUCH_FRAMEWORKS;

    @ArchTest
    static final ArchRule core_carries_no_framework_annotations = BastionRules.CORE_CARRIES_NO_FRAMEWORK_ANNOTATIONS;
}
