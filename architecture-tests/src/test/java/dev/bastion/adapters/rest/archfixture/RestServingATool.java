package dev.bastion.adapters.rest.archfixture;

import dev.bastion.tools.archfixture.FixtureTool;
import java.util.List;

/** Fine: the REST adapter serves a tool directly. */
public final class RestServingATool {

    private final FixtureTool tool = new FixtureTool();

    public List<String> run(String input) {
        return tool.run(input);
    }
}
