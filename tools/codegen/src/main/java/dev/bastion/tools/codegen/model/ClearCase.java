package dev.bastion.tools.codegen.model;

import java.util.List;

/** An update that clears one field that cannot be empty: the field, and the command's patches with a null for it. */
public record ClearCase(FieldModel field, List<Arg> patches) {
}
