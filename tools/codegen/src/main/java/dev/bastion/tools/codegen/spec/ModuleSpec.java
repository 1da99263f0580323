package dev.bastion.tools.codegen.spec;

import java.util.List;

/** A validated spec: the module's name ({@code context}) and its aggregates in the order of the spec. */
public record ModuleSpec(String context, List<AggregateSpec> aggregates) {

    public ModuleSpec {
        aggregates = List.copyOf(aggregates);
    }

    public AggregateSpec aggregate(String name) {
        return aggregates.stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no aggregate " + name));
    }

    /** The aggregates that belong to {@code parent}. */
    public List<AggregateSpec> childrenOf(AggregateSpec parent) {
        return aggregates.stream().filter(a -> parent.name().equals(a.parent())).toList();
    }
}
