package dev.bastion.adapters.persistence.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.organization.RecordScope;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The department-only predicate: records owned by a department, never by a user. */
class ScopePredicateTest {

    private static final UUID VIEWER = UUID.randomUUID();
    private static final DeptId SALES = DeptId.newId();

    @Test
    void everything_adds_no_predicate() {
        ScopePredicate predicate = ScopePredicate.ofDepartments(RecordScope.everything(VIEWER), "w.dept_id");

        assertThat(predicate.sql()).isNull();
        assertThat(predicate.values()).isEmpty();
    }

    @Test
    void the_departments_of_the_scope_without_the_viewers_own_records() {
        ScopePredicate predicate = ScopePredicate.ofDepartments(
                new RecordScope(VIEWER, false, Set.of(SALES), true), "w.dept_id");

        assertThat(predicate.sql()).isEqualTo("w.dept_id = ANY(?)");
        assertThat(predicate.values()).singleElement()
                .isEqualTo(new UUID[] {SALES.value()});
    }

    @Test
    void only_own_records_is_nothing_for_records_no_user_owns() {
        ScopePredicate predicate = ScopePredicate.ofDepartments(RecordScope.onlyOwn(VIEWER), "w.dept_id");

        assertThat(predicate.sql()).isEqualTo("false");
        assertThat(predicate.values()).isEmpty();
    }
}
