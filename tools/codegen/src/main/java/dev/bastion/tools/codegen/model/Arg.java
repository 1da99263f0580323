package dev.bastion.tools.codegen.model;

/** One argument of a call a generated test makes (a query's components), joined with commas. */
public record Arg(String expr, boolean last) {
}
