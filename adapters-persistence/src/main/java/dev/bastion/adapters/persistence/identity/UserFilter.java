package dev.bastion.adapters.persistence.identity;

import dev.bastion.adapters.persistence.shared.ScopePredicate;
import dev.bastion.adapters.persistence.shared.SqlFilter;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.organization.RecordScope;
import dev.bastion.domain.identity.UserQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The WHERE clause of a user listing or lookup, built only from fixed fragments; every filter
 * value is a bound parameter, and the caller's data scope is always part of it. A username prefix is matched literally: {@code %}, {@code _} and {@code \} in
 * it are escaped, so a search for "a_b" finds "a_b…" only.
 */
final class UserFilter {

    /** "{@code dept_id} is the department bound to its {@code ?} or one below it", for users and their counters. */
    static final String IN_DEPT_SUBTREE = """
            dept_id IN (WITH RECURSIVE subtree(id) AS (
                SELECT id FROM departments WHERE id = ? AND deleted_at IS NULL
                UNION ALL
                SELECT d.id FROM departments d JOIN subtree s ON d.parent_id = s.id WHERE d.deleted_at IS NULL)
            SELECT id FROM subtree)""";

    private UserFilter() {
    }

    static SqlFilter of(UserQuery query, RecordScope scope) {
        List<String> predicates = new ArrayList<>(List.of("deleted_at IS NULL"));
        List<Object> values = new ArrayList<>();
        if (query.usernamePrefix() != null) {
            predicates.add("lower(username) LIKE ? ESCAPE '!'");
            values.add(SqlFilter.likePrefix(query.usernamePrefix().toLowerCase(Locale.ROOT)));
        }
        if (query.status() != null) {
            predicates.add("status = ?");
            values.add(query.status().name());
        }
        if (query.deptId() != null) {
            predicates.add(IN_DEPT_SUBTREE);
            values.add(query.deptId().value());
        }
        ScopePredicate.of(scope, "dept_id", "id").addTo(predicates, values);
        return SqlFilter.of(predicates, values);
    }

    /** One live user by id, inside {@code scope}. */
    static SqlFilter visible(UserId id, RecordScope scope) {
        List<String> predicates = new ArrayList<>(List.of("id = ?", "deleted_at IS NULL"));
        List<Object> values = new ArrayList<>(List.of(id.value()));
        ScopePredicate.of(scope, "dept_id", "id").addTo(predicates, values);
        return SqlFilter.of(predicates, values);
    }
}
