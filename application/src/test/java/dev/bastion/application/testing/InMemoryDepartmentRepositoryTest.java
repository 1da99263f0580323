package dev.bastion.application.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.organization.Department;
import dev.bastion.domain.organization.DepartmentDetails;
import dev.bastion.domain.organization.DepartmentStatus;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.shared.VersionConflictException;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The fake must honour the port's contract, or every use-case test built on it proves nothing. */
class InMemoryDepartmentRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private final InMemoryDepartmentRepository departments = new InMemoryDepartmentRepository();

    // Root ─┬─ Sales ─┬─ East ─── East 1
    //       │         └─ West
    //       └─ Support
    private final DeptId sales = add(DeptId.ROOT, "Sales");
    private final DeptId east = add(sales, "East");
    private final DeptId east1 = add(east, "East 1");
    private final DeptId west = add(sales, "West");
    private final DeptId support = add(DeptId.ROOT, "Support");

    private DeptId add(DeptId parent, String name) {
        Department department = Department.create(DeptId.newId(), parent,
                new DepartmentDetails(name, 0, null, null, null, DepartmentStatus.ENABLED), NOW);
        departments.add(department);
        return department.id();
    }

    private void delete(DeptId id) {
        Department loaded = departments.findById(id).orElseThrow();
        loaded.delete(NOW);
        departments.update(loaded);
    }

    @Test
    void the_root_exists_from_the_start() {
        assertThat(new InMemoryDepartmentRepository().findById(DeptId.ROOT)).isPresent();
    }

    @Test
    void a_subtree_holds_its_root_and_everything_below() {
        assertThat(departments.subtreesOf(Set.of(sales))).containsExactlyInAnyOrder(sales, east, east1, west);
        assertThat(departments.subtreesOf(Set.of(east1))).containsExactly(east1);
        assertThat(departments.subtreesOf(Set.of(DeptId.ROOT)))
                .containsExactlyInAnyOrder(DeptId.ROOT, sales, east, east1, west, support);
    }

    @Test
    void subtrees_of_several_roots_are_united_and_overlaps_do_not_matter() {
        assertThat(departments.subtreesOf(Set.of(east, support, sales)))
                .containsExactlyInAnyOrder(sales, east, east1, west, support);
        assertThat(departments.subtreesOf(Set.of())).isEmpty();
    }

    @Test
    void deleted_departments_and_unknown_roots_are_left_out() {
        delete(west);

        assertThat(departments.subtreesOf(Set.of(sales, DeptId.newId()))).containsExactlyInAnyOrder(sales, east, east1);
        assertThat(departments.subtreesOf(Set.of(west))).isEmpty();
    }

    @Test
    void unknown_names_the_ids_that_are_no_live_department() {
        DeptId nowhere = DeptId.newId();
        delete(west);

        assertThat(departments.unknown(Set.of(sales, west, nowhere, DeptId.ROOT))).containsExactlyInAnyOrder(west,
                nowhere);
        assertThat(departments.unknown(Set.of())).isEmpty();
    }

    @Test
    void the_lineage_runs_from_the_department_up_to_the_root() {
        assertThat(departments.lineage(east1)).containsExactly(east1, east, sales, DeptId.ROOT);
        assertThat(departments.lineage(DeptId.newId())).isEmpty();
    }

    @Test
    void only_live_children_count() {
        assertThat(departments.hasChildren(east)).isTrue();
        delete(east1);
        assertThat(departments.hasChildren(east)).isFalse();
    }

    @Test
    void an_update_from_a_stale_read_is_a_version_conflict() {
        Department first = departments.findById(support).orElseThrow();
        Department second = departments.findById(support).orElseThrow();
        first.describe(new DepartmentDetails("Help", 0, null, null, null, DepartmentStatus.ENABLED), NOW);
        assertThat(departments.update(first).version()).isEqualTo(1);

        second.describe(new DepartmentDetails("Care", 0, null, null, null, DepartmentStatus.ENABLED), NOW);
        assertThatThrownBy(() -> departments.update(second)).isInstanceOf(VersionConflictException.class);
    }
}
