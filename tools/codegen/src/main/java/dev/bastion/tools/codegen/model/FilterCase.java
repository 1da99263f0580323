package dev.bastion.tools.codegen.model;

import java.util.List;

/** A listing filtered on one field: the field, and the query's arguments with {@code value} in its place. */
public record FilterCase(FieldModel field, List<Arg> args) {
}
