package dev.bastion.domain.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.shared.ConflictException;
import dev.bastion.domain.shared.InvalidValueException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DepartmentTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final DepartmentDetails DETAILS =
            new DepartmentDetails("Sales", 1, null, null, null, DepartmentStatus.ENABLED);

    private static Department under(DeptId parent) {
        return Department.create(DeptId.newId(), parent, DETAILS, NOW);
    }

    private static Department root() {
        return Department.reconstitute(new DepartmentSnapshot(DeptId.ROOT, null, DETAILS, 0, NOW, NOW, null));
    }

    @Test
    void a_new_department_has_a_parent_version_zero_and_its_times() {
        Department sales = under(DeptId.ROOT);

        assertThat(sales.parentId()).contains(DeptId.ROOT);
        assertThat(sales.version()).isZero();
        assertThat(sales.createdAt()).isEqualTo(NOW).isEqualTo(sales.updatedAt());
        assertThat(sales.isRoot()).isFalse();
    }

    @Test
    void only_the_root_may_have_no_parent() {
        assertThatThrownBy(() -> Department.reconstitute(
                new DepartmentSnapshot(DeptId.newId(), null, DETAILS, 0, NOW, NOW, null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(root().isRoot()).isTrue();
    }

    @Test
    void moving_under_a_descendant_or_itself_is_refused_naming_parent_id() {
        Department top = under(DeptId.ROOT);
        DeptId child = DeptId.newId();
        DeptId grandchild = DeptId.newId();

        assertThatThrownBy(() -> top.moveUnder(grandchild, List.of(grandchild, child, top.id(), DeptId.ROOT),
                NOW.plusSeconds(1)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).contains("parentId"));
        assertThatThrownBy(() -> top.moveUnder(top.id(), List.of(top.id(), DeptId.ROOT), NOW.plusSeconds(1)))
                .isInstanceOf(ConflictException.class);
        assertThat(top.parentId()).contains(DeptId.ROOT);
    }

    @Test
    void moving_under_an_unrelated_department_changes_the_parent() {
        Department top = under(DeptId.ROOT);
        DeptId other = DeptId.newId();

        top.moveUnder(other, List.of(other, DeptId.ROOT), NOW.plusSeconds(5));

        assertThat(top.parentId()).contains(other);
        assertThat(top.updatedAt()).isEqualTo(NOW.plusSeconds(5));
    }

    @Test
    void the_root_can_neither_move_nor_be_deleted() {
        Department root = root();
        DeptId other = DeptId.newId();

        assertThatThrownBy(() -> root.moveUnder(other, List.of(other, DeptId.ROOT), NOW))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> root.delete(NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void a_deleted_department_cannot_change() {
        Department gone = under(DeptId.ROOT);
        gone.delete(NOW.plusSeconds(1));

        assertThatThrownBy(() -> gone.describe(DETAILS, NOW.plusSeconds(2))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> gone.delete(NOW.plusSeconds(2))).isInstanceOf(ConflictException.class);
    }

    @Test
    void snapshot_and_reconstitute_round_trip() {
        Department sales = under(DeptId.ROOT);

        assertThat(Department.reconstitute(sales.snapshot()).snapshot()).isEqualTo(sales.snapshot());
    }

    @Test
    void details_name_the_field_they_refuse() {
        assertThatThrownBy(() -> new DepartmentDetails(" ", 0, null, null, null, DepartmentStatus.ENABLED))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> new DepartmentDetails("n".repeat(65), 0, null, null, null, DepartmentStatus.ENABLED))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> new DepartmentDetails("X", -1, null, null, null, DepartmentStatus.ENABLED))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("sort"));
        assertThatThrownBy(() -> new DepartmentDetails("X", 0, "l".repeat(65), null, null, DepartmentStatus.ENABLED))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("leader"));
        assertThatThrownBy(() -> new DepartmentDetails("X", 0, null, "call me", null, DepartmentStatus.ENABLED))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("phone"));
    }

    @Test
    void details_trim_and_treat_blank_optional_fields_as_absent() {
        DepartmentDetails details = new DepartmentDetails("  Sales ", 3, "  ", " +49 (30) 1234-5 ", null,
                DepartmentStatus.DISABLED);

        assertThat(details.name()).isEqualTo("Sales");
        assertThat(details.leader()).isNull();
        assertThat(details.phone()).isEqualTo("+49 (30) 1234-5");
    }
}
