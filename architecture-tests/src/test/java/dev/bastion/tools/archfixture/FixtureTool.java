package dev.bastion.tools.archfixture;

import java.util.List;

/** A well-behaved tool: plain data in, plain data out, nothing of Bastion. */
public final class FixtureTool {

    public List<String> run(String input) {
        return List.of(input);
    }
}
