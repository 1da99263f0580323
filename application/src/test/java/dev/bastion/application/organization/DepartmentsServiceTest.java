package dev.bastion.application.organization;

import dev.bastion.application.testing.InMemoryEventOutbox;
import java.util.List;
import dev.bastion.domain.organization.DepartmentChanged;
import dev.bastion.domain.organization.DepartmentCreated;
import dev.bastion.domain.organization.DepartmentDeleted;
import dev.bastion.application.shared.FieldPatch;
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
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
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

    private DepartmentView create(DeptId parent, String name, int sort) {
        return departments.create(ACTOR, new CreateDepartment.Command(parent, named(name, sort)));
    }

    @Test
    void the_tree_hangs_from_the_root_with_siblings_by_sort_then_name() {
        DepartmentView b = create(DeptId.ROOT, "B", 1);
        create(DeptId.ROOT, "A", 1);
        create(DeptId.ROOT, "C", 0);
        create(b.id(), "B1", 0);

        List<TreeNode<DepartmentView>> tree = departments.tree(ACTOR);

        assertThat(tree).singleElement().satisfies(root -> {
            assertThat(root.item().id()).isEqualTo(DeptId.ROOT);
            assertThat(root.children()).extracting(n -> n.item().name()).containsExactly("C", "A", "B");
            assertThat(root.children().get(2).children()).extracting(n -> n.item().name())
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
        DepartmentView sales = create(DeptId.ROOT, "Sales", 0);
        departments.update(ACTOR, UpdateDepartment.Command.everyField(sales.id(), DeptId.ROOT, named("Sales 2", 0), 0));

        assertThatThrownBy(() -> departments.update(ACTOR, 
                UpdateDepartment.Command.everyField(sales.id(), DeptId.ROOT, named("Sales 3", 0), 0)))
                .isInstanceOf(VersionConflictException.class);
        assertThat(departments.get(ACTOR, sales.id()).name()).isEqualTo("Sales 2");
    }

    @Test
    void moving_under_a_descendant_is_refused_and_changes_nothing() {
        DepartmentView top = create(DeptId.ROOT, "Top", 0);
        DepartmentView child = create(top.id(), "Child", 0);

        assertThatThrownBy(() -> departments.update(ACTOR, 
                UpdateDepartment.Command.everyField(top.id(), child.id(), named("Top", 0), 0)))
                .isInstanceOf(ConflictException.class);
        assertThat(departments.get(ACTOR, top.id()).parentId()).isEqualTo(DeptId.ROOT);
    }

    @Test
    void moving_under_an_unknown_department_names_parent_id() {
        DepartmentView top = create(DeptId.ROOT, "Top", 0);

        assertThatThrownBy(() -> departments.update(ACTOR, 
                UpdateDepartment.Command.everyField(top.id(), DeptId.newId(), named("Top", 0), 0)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("parentId"));
    }

    @Test
    void deleting_is_refused_with_children_or_members_and_works_otherwise() {
        DepartmentView parent = create(DeptId.ROOT, "Parent", 0);
        DepartmentView child = create(parent.id(), "Child", 0);
        repository.addMember(child.id());
        DepartmentView empty = create(DeptId.ROOT, "Empty", 0);

        assertThatThrownBy(() -> departments.delete(ACTOR, parent.id())).isInstanceOf(ConflictException.class)
                .hasMessageContaining("sub-departments");
        assertThatThrownBy(() -> departments.delete(ACTOR, child.id())).isInstanceOf(ConflictException.class)
                .hasMessageContaining("members");
        departments.delete(ACTOR, empty.id());
        assertThatThrownBy(() -> departments.get(ACTOR, empty.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void deleting_is_refused_while_a_business_module_holds_records_the_department_owns() {
        DepartmentView owning = create(DeptId.ROOT, "Owning", 0);
        DepartmentView free = create(DeptId.ROOT, "Free", 0);
        Set<DeptId> owners = new HashSet<>(Set.of(owning.id()));
        DepartmentOwnedRecords warehouses = dept -> owners.contains(dept)
                ? Optional.of("warehouses of the inventory module") : Optional.empty();
        DepartmentsService withModule = new DepartmentsService(repository, AllPowerfulActor.access(),
                new GrantGuard(store.roles(), store.menus(), store.grants(), store.holdings(), repository),
                transactions, FixedClock.at("2026-11-25T10:00:00Z"), List.of(dept -> Optional.empty(), warehouses));

        assertThatThrownBy(() -> withModule.delete(ACTOR, owning.id())).isInstanceOf(ConflictException.class)
                .hasMessageContaining("owns warehouses of the inventory module");
        assertThat(withModule.get(ACTOR, owning.id()).id()).isEqualTo(owning.id());
        withModule.delete(ACTOR, free.id());

        owners.clear();
        withModule.delete(ACTOR, owning.id());
        assertThatThrownBy(() -> withModule.get(ACTOR, owning.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void creating_updating_and_deleting_are_each_told_by_an_event() {
        DepartmentView sales = create(DeptId.ROOT, "Sales", 0);
        DepartmentView renamed = departments.update(ACTOR, UpdateDepartment.Command.everyField(sales.id(), DeptId.ROOT,
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
    // --- update as a patch ------------------------------------------------------------------------------

    private static UpdateDepartment.Command patch(DepartmentView dept, FieldPatch<String> name, FieldPatch<String> leader,
                                                  FieldPatch<DeptId> parent) {
        return new UpdateDepartment.Command(dept.id(), dept.version(), parent, name, FieldPatch.absent(), leader,
                FieldPatch.absent(), FieldPatch.absent(), FieldPatch.absent());
    }

    @Test
    void fields_left_out_of_an_update_keep_their_value_and_a_leader_given_as_null_is_cleared() {
        DepartmentView sales = create(DeptId.ROOT, "Sales", 7);
        sales = departments.update(ACTOR, patch(sales, FieldPatch.absent(), FieldPatch.of("Ann"), FieldPatch.absent()));

        DepartmentView renamed = departments.update(ACTOR, patch(sales, FieldPatch.of("Sales 2"), FieldPatch.absent(),
                FieldPatch.absent()));
        assertThat(renamed.name()).isEqualTo("Sales 2");
        assertThat(renamed.sort()).isEqualTo(7);
        assertThat(renamed.leader()).isEqualTo("Ann");
        assertThat(renamed.parentId()).isEqualTo(DeptId.ROOT);

        DepartmentView leaderless = departments.update(ACTOR, patch(renamed, FieldPatch.absent(), FieldPatch.of(null),
                FieldPatch.absent()));
        assertThat(leaderless.leader()).isNull();
    }

    @Test
    void the_root_can_be_renamed_when_its_parent_is_left_out() {
        Department root = repository.findById(DeptId.ROOT).orElseThrow();

        DepartmentView renamed = departments.update(ACTOR, patch(DepartmentView.of(root), FieldPatch.of("Head office"), FieldPatch.absent(),
                FieldPatch.absent()));

        assertThat(renamed.name()).isEqualTo("Head office");
        assertThat(renamed.parentId()).isNull();
    }

    @Test
    void a_parent_given_as_null_is_refused_by_name() {
        DepartmentView sales = create(DeptId.ROOT, "Sales", 0);

        assertThatThrownBy(() -> patch(sales, FieldPatch.absent(), FieldPatch.absent(), FieldPatch.of(null)))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("parentId");
    }
}
