package dev.bastion.tools.codegen.spec;

import java.util.ArrayList;
import java.util.List;

/** The simple names of the classes the generator writes for one aggregate, so that no two clash. */
public final class GeneratedTypes {

    private GeneratedTypes() {
    }

    public static List<String> of(AggregateSpec a) {
        String n = a.name();
        String plural = Naming.plural(n);
        List<String> types = new ArrayList<>(List.of(n, n + "Id", n + "Details", n + "Snapshot", n + "Created",
                n + "Changed", n + "Deleted", n + "Query", n + "Repository", n + "View", "List" + plural, "Get" + n,
                "Create" + n, "Update" + n, "Delete" + n, plural + "Service",
                "InMemory" + n + "Repository", n + "RepositoryContract", n + "Test", n + "DetailsTest",
                plural + "ServiceTest", "InMemory" + n + "RepositoryTest",
                n + "Row", n + "RowMapper", n + "RowRepository", n + "Filter", "Jdbc" + n + "Repository",
                "Jdbc" + n + "RepositoryContractTest", n + "Controller", "Create" + n + "Request",
                "Update" + n + "Request", n + "Response", n + "DtoMapper"));
        if (a.ownedByDepartment()) {
            types.add(n + "Ownership");
        }
        if (a.fields().stream().anyMatch(f -> f.type() == FieldType.ENUM)) {
            types.add(n + "Values");
        }
        a.fields().stream().filter(f -> f.type() == FieldType.ENUM).forEach(f -> types.add(n + Naming.pascal(f.name())));
        return types;
    }
}
