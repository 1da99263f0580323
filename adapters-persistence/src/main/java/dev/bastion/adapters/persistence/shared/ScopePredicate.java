package dev.bastion.adapters.persistence.shared;

import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.organization.RecordScope;
import java.util.List;
import java.util.UUID;

/**
 * A data scope as a SQL predicate over a table's department and owner columns, for any
 * dept-owned records: nothing for ALL, else "in one of the departments" and/or "owned by the
 * viewer", and plain {@code false} for an empty scope. The department set is one bound
 * {@code uuid[]}, so the statement text is the same whatever the scope's size.
 */
public record ScopePredicate(String sql, List<Object> values) {

    /** {@code deptColumn} and {@code ownerColumn} are constants of the caller, never input. */
    public static ScopePredicate of(RecordScope scope, String deptColumn, String ownerColumn) {
        if (scope.all()) {
            return new ScopePredicate(null, List.of());
        }
        UUID[] depts = scope.depts().stream().map(DeptId::value).toArray(UUID[]::new);
        boolean anyDept = depts.length > 0;
        if (anyDept && scope.ownRecords()) {
            return new ScopePredicate("(" + deptColumn + " = ANY(?) OR " + ownerColumn + " = ?)",
                    List.of(depts, scope.viewer()));
        }
        if (anyDept) {
            return new ScopePredicate(deptColumn + " = ANY(?)", List.<Object>of((Object) depts));
        }
        if (scope.ownRecords()) {
            return new ScopePredicate(ownerColumn + " = ?", List.of(scope.viewer()));
        }
        return new ScopePredicate("false", List.of());
    }

    /**
     * The records of the departments {@code scope} covers ({@link RecordScope#coversDept}), for records
     * that a department owns and no user does (a module's warehouses): the viewer's own records do not
     * widen it.
     *
     * @param deptColumn a constant of the caller, never input
     */
    public static ScopePredicate ofDepartments(RecordScope scope, String deptColumn) {
        return of(new RecordScope(scope.viewer(), scope.all(), scope.depts(), false), deptColumn, null);
    }

    /** Adds this predicate and its values to a filter under construction (nothing for ALL). */
    public void addTo(List<String> predicates, List<Object> filterValues) {
        if (sql != null) {
            predicates.add(sql);
            filterValues.addAll(values);
        }
    }
}
