package dev.bastion.architecture;

import static dev.bastion.architecture.RuleAssertions.assertBites;
import static dev.bastion.architecture.RuleAssertions.assertPasses;
import static dev.bastion.architecture.RuleAssertions.only;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.bastion.adapters.rest.archfixture.RestServingATool;
import dev.bastion.application.archfixture.UseCaseCallingATool;
import dev.bastion.domain.identity.UserId;
import dev.bastion.tools.archfixture.FixtureTool;
import dev.bastion.tools.archfixture.ToolReachingIntoTheCore;
import org.junit.jupiter.api.Test;

/** Proof that the tools rules bite: a tool reaching into Bastion, and a layer other than REST using a tool. */
class ToolRulesBiteTest {

    @Test
    void a_tool_over_plain_data_served_by_rest_passes() {
        JavaClasses classes = only(FixtureTool.class, RestServingATool.class);
        assertPasses(BastionRules.TOOLS_DEPEND_ON_NOTHING_OF_BASTION_BUT_TOOLS, classes);
    }

    @Test
    void the_tools_rule_bites_on_a_tool_depending_on_bastion() {
        assertBites(BastionRules.TOOLS_DEPEND_ON_NOTHING_OF_BASTION_BUT_TOOLS,
                only(FixtureTool.class, ToolReachingIntoTheCore.class, UserId.class),
                "<" + ToolReachingIntoTheCore.class.getName() + ".", "<" + UserId.class.getName() + ">");
    }

    @Test
    void layers_bite_on_application_using_a_tool() {
        assertBites(BastionRules.LAYERS, only(FixtureTool.class, UseCaseCallingATool.class, UserId.class),
                "<" + UseCaseCallingATool.class.getName() + ".", "<" + FixtureTool.class.getName() + ">");
    }

    @Test
    void layers_bite_on_a_tool_depending_on_the_domain() {
        assertBites(BastionRules.LAYERS, only(FixtureTool.class, ToolReachingIntoTheCore.class, UserId.class),
                "<" + ToolReachingIntoTheCore.class.getName() + ".", "<" + UserId.class.getName() + ">");
    }
}
