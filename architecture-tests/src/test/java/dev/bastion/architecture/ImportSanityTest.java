package dev.bastion.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;

/**
 * The real rules are only as good as what they look at: the import must hold the production
 * classes of every module and nothing from test sources (the fixtures break rules on purpose).
 */
@AnalyzeClasses(packages = "dev.bastion", importOptions = ImportOption.DoNotIncludeTests.class)
class ImportSanityTest {

    @ArchTest
    static void sees_the_production_core(JavaClasses classes) {
        assertThat(classes.contain("dev.bastion.domain.identity.User")).isTrue();
        assertThat(classes.contain("dev.bastion.domain.identity.UserRepository")).isTrue();
        assertThat(classes.contain("dev.bastion.application.identity.administration.SeedAdministratorService")).isTrue();
        assertThat(classes.contain("dev.bastion.application.shared.Transactions")).isTrue();
    }

    /** The module rules allow an empty subject (a product may ship none), so this is what keeps them honest. */
    @ArchTest
    static void sees_the_business_modules(JavaClasses classes) {
        assertThat(classes.contain("dev.bastion.modules.inventory.application.InventoryModule")).isTrue();
        assertThat(classes.contain("dev.bastion.modules.inventory.domain.Warehouse")).isTrue();
    }

    @ArchTest
    static void leaves_out_test_classes_and_fixtures(JavaClasses classes) {
        assertThat(classes.stream().map(JavaClass::getName))
                .noneMatch(name -> name.contains(".archfixture"))
                .noneMatch(name -> name.startsWith("dev.bastion.architecture."));
        // DoNotIncludeTests recognises target/test-classes, not test-jars (*-tests.jar): a test-jar
        // dependency added to this module would smuggle in-memory fakes into the rules' view.
        assertThat(classes.stream()
                .map(javaClass -> javaClass.getSource().map(source -> source.getUri().toString()).orElse("")))
                .noneMatch(uri -> uri.contains("/test-classes/") || uri.contains("-tests.jar"));
    }
}
