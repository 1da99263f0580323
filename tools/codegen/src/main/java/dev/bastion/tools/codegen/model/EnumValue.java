package dev.bastion.tools.codegen.model;

/** One constant of a generated enum. */
public record EnumValue(String name, boolean last) {
}
