package dev.bastion.tools.codegen.model;

/**
 * A typed name in a list the templates join with commas (a record's components, a constructor's
 * parameters); {@code worldArg} names what the generated tests' world passes for it (null: nothing).
 */
public record Param(String type, String name, String worldArg, boolean last) {
}
