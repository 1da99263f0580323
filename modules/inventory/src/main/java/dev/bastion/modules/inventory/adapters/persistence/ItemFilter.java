package dev.bastion.modules.inventory.adapters.persistence;

import dev.bastion.adapters.persistence.shared.ScopePredicate;
import dev.bastion.adapters.persistence.shared.SqlFilter;
import dev.bastion.domain.organization.RecordScope;
import dev.bastion.modules.inventory.domain.ItemQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The WHERE clause of an item listing: fixed fragments, every filter value bound. An item is in the
 * scope through its warehouse, which must be live and of a department the scope covers (a semi-join,
 * since a warehouse may move to another department). The name search is a substring test
 * ({@code strpos}), the SKU prefix an escaped LIKE: {@code %} and {@code _} are plain characters.
 */
final class ItemFilter {

    private ItemFilter() {
    }

    static SqlFilter of(ItemQuery query, RecordScope scope) {
        List<String> predicates = new ArrayList<>(List.of("deleted_at IS NULL"));
        List<Object> values = new ArrayList<>();
        if (query.warehouseId() != null) {
            predicates.add("warehouse_id = ?");
            values.add(query.warehouseId().value());
        }
        if (query.skuPrefix() != null) {
            // SKUs are ASCII: Java's and PostgreSQL's upper case agree; upper(sku) is the indexed key
            predicates.add("upper(sku) LIKE ? ESCAPE '!'");
            values.add(SqlFilter.likePrefix(query.skuPrefix().toUpperCase(Locale.ROOT)));
        }
        if (query.name() != null) {
            predicates.add("strpos(lower(name), lower(?)) > 0");
            values.add(query.name());
        }
        if (query.lowStockOnly()) {
            predicates.add("quantity < reorder_level");
        }
        ScopePredicate warehouseScope = ScopePredicate.ofDepartments(scope, "w.dept_id");
        predicates.add("warehouse_id IN (SELECT w.id FROM inventory_warehouses w WHERE w.deleted_at IS NULL"
                + (warehouseScope.sql() == null ? "" : " AND " + warehouseScope.sql()) + ")");
        values.addAll(warehouseScope.values());
        return SqlFilter.of(predicates, values);
    }
}
