package dev.bastion.adapters.persistence.access;

import dev.bastion.adapters.persistence.shared.SqlFilter;
import dev.bastion.domain.access.RoleQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The WHERE clause of a role listing: fixed fragments, every filter value bound. */
final class RoleFilter {

    private RoleFilter() {
    }

    static SqlFilter of(RoleQuery query) {
        List<String> predicates = new ArrayList<>(List.of("deleted_at IS NULL"));
        List<Object> values = new ArrayList<>();
        if (query.codePrefix() != null) {
            predicates.add("lower(code) LIKE ? ESCAPE '!'");
            values.add(SqlFilter.likePrefix(query.codePrefix().toLowerCase(Locale.ROOT)));
        }
        if (query.status() != null) {
            predicates.add("status = ?");
            values.add(query.status().name());
        }
        return SqlFilter.of(predicates, values);
    }
}
