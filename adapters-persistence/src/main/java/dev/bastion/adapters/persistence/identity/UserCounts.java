package dev.bastion.adapters.persistence.identity;

import dev.bastion.adapters.persistence.shared.CountQuery;
import dev.bastion.adapters.persistence.shared.SqlFilter;
import dev.bastion.domain.identity.UserQuery;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.organization.RecordScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The exact total of a user listing from {@code user_dept_counts} (live users per department and
 * status, kept by triggers: migration V17): a sum over the departments in scope instead of a count
 * of the thousands of users in them. A viewer who also sees their own record outside those
 * departments adds one lookup by id. A username prefix is not in the counters, and a scope of the
 * viewer's own record alone is one row anyway: those listings count their rows ({@link UserFilter}).
 */
final class UserCounts {

    private UserCounts() {
    }

    static Optional<CountQuery> of(UserQuery query, RecordScope scope) {
        if (query.usernamePrefix() != null || !scope.all() && scope.depts().isEmpty()) {
            return Optional.empty();
        }
        List<String> predicates = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        if (query.status() != null) {
            predicates.add("status = ?");
            values.add(query.status().name());
        }
        if (query.deptId() != null) {
            predicates.add(UserFilter.IN_DEPT_SUBTREE);
            values.add(query.deptId().value());
        }
        UUID[] depts = scope.depts().stream().map(DeptId::value).toArray(UUID[]::new);
        if (!scope.all()) {
            predicates.add("dept_id = ANY(?)");
            values.add(depts);
        }
        SqlFilter counters = SqlFilter.of(predicates, values);
        String sum = "SELECT coalesce(sum(live), 0) FROM user_dept_counts" + counters.where();
        if (scope.all() || !scope.ownRecords()) {
            return Optional.of(new CountQuery(sum, counters.values()));
        }
        SqlFilter ownOutside = UserFilter.of(query, new RecordScope(scope.viewer(), false, Set.of(), true))
                .and("NOT dept_id = ANY(?)", List.of((Object) depts));
        List<Object> all = new ArrayList<>(counters.values());
        all.addAll(ownOutside.values());
        return Optional.of(new CountQuery(
                "SELECT (" + sum + ") + (SELECT count(*) FROM users" + ownOutside.where() + ")", all));
    }
}
