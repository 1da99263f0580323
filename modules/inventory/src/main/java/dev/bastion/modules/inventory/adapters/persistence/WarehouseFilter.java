package dev.bastion.modules.inventory.adapters.persistence;

import dev.bastion.adapters.persistence.shared.ScopePredicate;
import dev.bastion.adapters.persistence.shared.SqlFilter;
import dev.bastion.domain.organization.RecordScope;
import dev.bastion.modules.inventory.domain.WarehouseQuery;
import java.util.ArrayList;
import java.util.List;

/**
 * The WHERE clause of a warehouse listing: fixed fragments, every filter value bound, the data scope
 * always part of it. The search is a substring test ({@code strpos}), not a LIKE pattern, so
 * {@code %} and {@code _} in it are plain characters.
 */
final class WarehouseFilter {

    private WarehouseFilter() {
    }

    static SqlFilter of(WarehouseQuery query, RecordScope scope) {
        List<String> predicates = new ArrayList<>(List.of("deleted_at IS NULL"));
        List<Object> values = new ArrayList<>();
        if (query.search() != null) {
            predicates.add("(strpos(lower(code), lower(?)) > 0 OR strpos(lower(name), lower(?)) > 0)");
            values.add(query.search());
            values.add(query.search());
        }
        if (query.deptId() != null) {
            predicates.add("dept_id = ?");
            values.add(query.deptId().value());
        }
        if (query.status() != null) {
            predicates.add("status = ?");
            values.add(query.status().name());
        }
        ScopePredicate.ofDepartments(scope, "dept_id").addTo(predicates, values);
        return SqlFilter.of(predicates, values);
    }
}
