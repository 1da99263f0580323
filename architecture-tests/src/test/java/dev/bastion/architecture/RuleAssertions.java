package dev.bastion.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.Arrays;
import java.util.List;

/**
 * Proof helpers. A rule "bites" when evaluating it on a hand-picked set of fixture classes
 * reports a violation whose text names the culprit: a bare {@code hasViolation()} would also
 * be satisfied by an unrelated failure (an empty layer, a rule that matched nothing).
 */
final class RuleAssertions {

    private RuleAssertions() {
    }

    /** Imports exactly these classes (test classes included: no import option). */
    static JavaClasses only(Class<?>... classes) {
        return new ClassFileImporter().importClasses(classes);
    }

    /** The rule reports at least one violation whose text contains all {@code fragments}. */
    static void assertBites(ArchRule rule, JavaClasses classes, String... fragments) {
        EvaluationResult result = rule.evaluate(classes);
        List<String> details = result.getFailureReport().getDetails();
        assertThat(result.hasViolation())
                .as("rule should fail on %s%n  rule: %s", classes, rule.getDescription())
                .isTrue();
        assertThat(details)
                .as("a violation of%n  %s%nshould mention all of %s; violations were:%n%s",
                        rule.getDescription(), Arrays.toString(fragments), String.join("\n", details))
                .anySatisfy(detail -> assertThat(detail).contains(fragments));
    }

    /** The rule reports nothing on these classes (the control: the rule is not simply always red). */
    static void assertPasses(ArchRule rule, JavaClasses classes) {
        EvaluationResult result = rule.evaluate(classes);
        assertThat(result.hasViolation())
                .as("rule should pass on %s, but reported:%n%s", classes,
                        String.join("\n", result.getFailureReport().getDetails()))
                .isFalse();
    }
}
