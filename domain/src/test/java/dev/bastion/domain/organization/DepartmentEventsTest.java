package dev.bastion.domain.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A department records an event for each change that happened; a move is told apart from an edit. */
class DepartmentEventsTest {

    private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");
    private static final DepartmentDetails SALES =
            new DepartmentDetails("Sales", 1, null, null, null, DepartmentStatus.ENABLED);

    @Test
    void creation_edit_move_and_deletion_are_each_told() {
        Department other = Department.create(DeptId.newId(), DeptId.ROOT, SALES, NOW);
        Department sales = Department.create(DeptId.newId(), DeptId.ROOT, SALES, NOW);
        assertThat(sales.pullEvents()).containsExactly(new DepartmentCreated(sales.id()));
        sales.describe(SALES, NOW);
        sales.moveUnder(DeptId.ROOT, List.of(DeptId.ROOT), NOW);
        assertThat(sales.pullEvents()).as("nothing changed").isEmpty();
        sales.describe(new DepartmentDetails("Sales EU", 1, null, null, null, DepartmentStatus.ENABLED), NOW);
        assertThat(sales.pullEvents()).containsExactly(new DepartmentChanged(sales.id()));
        sales.moveUnder(other.id(), List.of(other.id(), DeptId.ROOT), NOW);
        assertThat(sales.pullEvents()).containsExactly(new DepartmentMoved(sales.id()));
        sales.delete(NOW);
        assertThat(sales.pullEvents()).containsExactly(new DepartmentDeleted(sales.id()));
    }
}
