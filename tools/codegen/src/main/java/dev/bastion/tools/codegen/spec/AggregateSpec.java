package dev.bastion.tools.codegen.spec;

import java.util.List;
import java.util.Optional;

/**
 * One aggregate of a spec, validated. {@code parent} names another aggregate of the spec it
 * belongs to for life (null: none); each unique key lists field names, unique among live records.
 */
public record AggregateSpec(String name, boolean ownedByDepartment, boolean softDelete, Shape shape, String parent,
                            List<List<String>> uniqueKeys, List<FieldSpec> fields) {

    public AggregateSpec {
        uniqueKeys = uniqueKeys.stream().map(List::copyOf).toList();
        fields = List.copyOf(fields);
    }

    public Optional<String> parentName() {
        return Optional.ofNullable(parent);
    }

    public FieldSpec field(String fieldName) {
        return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no field " + fieldName));
    }
}
