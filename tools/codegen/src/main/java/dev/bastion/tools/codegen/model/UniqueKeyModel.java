package dev.bastion.tools.codegen.model;

import java.util.List;

/**
 * One unique key: its fields, the field a clash is reported on (its first), and the name of the
 * partial unique index the migration will create ({@code <table>_<columns>_key}).
 */
public record UniqueKeyModel(List<FieldModel> fields, FieldModel reportedOn, String indexName, String description) {

    /** The index's columns: {@code code, level}. */
    public String columns() {
        return String.join(", ", fields.stream().map(FieldModel::column).toList());
    }
}
