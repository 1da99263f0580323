package dev.bastion.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Rule 6: ports are named and placed as ARCHITECTURE.md says, and implemented on the right side. */
@AnalyzeClasses(packages = "dev.bastion", importOptions = ImportOption.DoNotIncludeTests.class)
class PortsRulesTest {

    @ArchTest
    static final ArchRule repository_ports_live_in_the_domain = BastionRules.REPOSITORY_PORTS_LIVE_IN_THE_DOMAIN;

    @ArchTest
    static final ArchRule use_case_services_implement_a_use_case_of_their_package =
            BastionRules.USE_CASE_SERVICES_IMPLEMENT_A_USE_CASE_OF_THEIR_PACKAGE;

    @ArchTest
    static final ArchRule domain_ports_are_implemented_by_adapters_or_bootstrap =
            BastionRules.DOMAIN_PORTS_ARE_IMPLEMENTED_BY_ADAPTERS_OR_BOOTSTRAP;

    @ArchTest
    static final ArchRule transactions_is_implemented_by_persistence = BastionRules.TRANSACTIONS_IS_IMPLEMENTED_BY_PERSISTENCE;

    @ArchTest
    static final ArchRule access_cache_ports_are_implemented_by_messaging =
            BastionRules.ACCESS_CACHE_PORTS_ARE_IMPLEMENTED_BY_MESSAGING;

    @ArchTest
    static final ArchRule only_outbound_ports_are_implemented_outside_application =
            BastionRules.ONLY_OUTBOUND_PORTS_ARE_IMPLEMENTED_OUTSIDE_APPLICATION;
}
