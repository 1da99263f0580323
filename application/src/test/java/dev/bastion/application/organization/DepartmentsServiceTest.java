package dev.bastion.application.organization;

import dev.bastion.application.testing.InMemoryEventOutbox;
import java.util.List;
import dev.bastion.domain.organization.DepartmentChanged;
import dev.bastion.domain.organization.DepartmentCreated;
import dev.bastion.domain.organization.DepartmentDeleted;
import dev.bastion.application.shared.TreeNode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.application.access.GrantGuard;
import dev.bastion.application.testing.AllPowerfulActor;
import dev.bastion.application.testing.FixedClock;
import dev.bastion.application.testing.InMemoryAccessStore;
import dev.bastion.application.testing.InMemoryDepartmentRepository;
import dev.bastion.application.testing.InMemoryTransactions;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.organization.Department;
import dev.bastion.domain.organization.DepartmentDetails;
import dev.bastion.domain.organization.DepartmentStatus;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.shared.ConflictException;
import dev.bastion.domain.shared.InvalidValueException;
import dev.bastion.domain.shared.NotFoundException;
import dev.bastion.domain.shared.VersionConflictException;
import org.junit.jupiter.api.Test;

class DepartmentsServiceTest {

    private final InMemoryDepartmentRepository repository = new InMemoryDepartmentRepository();
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryEventOutbox events = new InMemoryEventOutbox();
    {
        repository.sendingEventsTo(events);
    }
    private final InMemoryAccessStore store = new InMemoryAccessStore();
    private final DepartmentsService departments = new DepartmentsService(repository, AllPowerfulActor.access(),
            new GrantGuard(store.roles(), store.menus(), store.grants(), store.holdings(), repository), transactions,
            FixedClock.at("2026-11-25T10:00:00Z"));
    private static final UserId ACTOR = AllPowerfulActor.ID;

    private static DepartmentDetails named(String name, int sort) {
        return new DepartmentDetails(name, sort, null, null, null, DepartmentStatus.ENABLED);
    }

    private Department create(DeptId parent, String name, int sort) {
        return departments.create(ACTOR, new CreateDepartment.Command(parent, named(name, sort)));
    }

    @Test
    void the_tree_hangs_from_the_root_with_siblings_by_sort_then_name() {
        Department b = create(DeptId.ROOT, "B", 1);
        create(DeptId.ROOT, "A", 1);
        create(DeptId.ROOT, "C", 0);
        create(b.id(), "B1", 0);

        List<TreeNode<Department>> tree = departments.tree(ACTOR);

        assertThat(tree).singleElement().satisfies(root -> {
            assertThat(root.item().id()).isEqualTo(DeptId.ROOT);
            assertThat(root.children()).extracting(n -> n.item().details().name()).containsExactly("C", "A", "B");
            assertThat(root.children().get(2).children()).extracting(n -> n.item().details().name())
                    .containsExactly("B1");
        });
    }

    @Test
    void creating_under_an_unknown_parent_names_parent_id() {
        assertThatThrownBy(() -> create(DeptId.newId(), "Orphan", 0))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("parentId"));
    }

    @Test
    void an_update_from_a_stale_version_is_a_version_conflict() {
        Department sales = create(DeptId.ROOT, "Sales", 0);
        departments.update(ACTOR, new UpdateDepartment.Command(sales.id(), DeptId.ROOT, named("Sales 2", 0), 0));

        assertThatThrownBy(() -> departments.update(ACTOR, 
                new UpdateDepartment.Command(sales.id(), DeptId.ROOT, named("Sales 3", 0), 0)))
                .isInstanceOf(VersionConflictException.class);
        assertThat(departments.get(ACTOR, sales.id()).details().name()).isEqualTo("Sales 2");
    }

    @Test
    void moving_under_a_descendant_is_refused_and_changes_nothing() {
        Department top = create(DeptId.ROOT, "Top", 0);
        Department child = create(top.id(), "Child", 0);

        assertThatThrownBy(() -> departments.update(ACTOR, 
                new UpdateDepartment.Command(top.id(), child.id(), named("Top", 0), 0)))
                .isInstanceOf(ConflictException.class);
        assertThat(departments.get(ACTOR, top.id()).parentId()).contains(DeptId.ROOT);
    }

    @Test
    void moving_under_an_unknown_department_names_parent_id() {
        Department top = create(DeptId.ROOT, "Top", 0);

        assertThatThrownBy(() -> departments.update(ACTOR, 
                new UpdateDepartment.Command(top.id(), DeptId.newId(), named("Top", 0), 0)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("parentId"));
    }

    @Test
    void deleting_is_refused_with_children_or_members_and_works_otherwise() {
        Department parent = create(DeptId.ROOT, "Parent", 0);
        Department child = create(parent.id(), "Child", 0);
        repository.addMember(child.id());
        Department empty = create(DeptId.ROOT, "Empty", 0);

        assertThatThrownBy(() -> departments.delete(ACTOR, parent.id())).isInstanceOf(ConflictException.class)
                .hasMessageContaining("sub-departments");
        assertThatThrownBy(() -> departments.delete(ACTOR, child.id())).isInstanceOf(ConflictException.class)
                .hasMessageContaining("members");
        departments.delete(ACTOR, empty.id());
        assertThatThrownBy(() -> departments.get(ACTOR, empty.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void creating_updating_and_deleting_are_each_told_by_an_event() {
        Department sales = create(DeptId.ROOT, "Sales", 0);
        Department renamed = departments.update(ACTOR, new UpdateDepartment.Command(sales.id(), DeptId.ROOT,
                named("Sales and Marketing", 0), 0));
        departments.delete(ACTOR, renamed.id());

        assertThat(events.appended()).containsExactly(new DepartmentCreated(sales.id()),
                new DepartmentChanged(sales.id()), new DepartmentDeleted(sales.id()));
    }

    @Test
    void a_refused_change_tells_nothing() {
        assertThatThrownBy(() -> create(DeptId.newId(), "Orphan", 0)).isInstanceOf(InvalidValueException.class);

        assertThat(events.appended()).isEmpty();
    }
}
