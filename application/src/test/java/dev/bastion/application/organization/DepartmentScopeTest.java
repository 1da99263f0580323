package dev.bastion.application.organization;

import dev.bastion.application.testing.InMemoryEventOutbox;
import dev.bastion.application.access.AccessCacheInvalidation;
import static dev.bastion.application.testing.AccessFixtures.customRole;
import static dev.bastion.application.testing.AccessFixtures.role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.application.access.GetUserAccessService;
import dev.bastion.application.access.GrantGuard;
import dev.bastion.application.shared.TreeNode;
import dev.bastion.application.testing.FixedClock;
import dev.bastion.application.testing.InMemoryAccessCache;
import dev.bastion.application.testing.InMemoryAccessStore;
import dev.bastion.application.testing.InMemoryDepartmentRepository;
import dev.bastion.application.testing.InMemoryTransactions;
import dev.bastion.application.testing.InMemoryUserRepository;
import dev.bastion.domain.access.DataScope;
import dev.bastion.domain.access.RoleDetails;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.organization.Department;
import dev.bastion.domain.organization.DepartmentDetails;
import dev.bastion.domain.organization.DepartmentStatus;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.shared.AccessDeniedException;
import dev.bastion.domain.shared.InvalidValueException;
import dev.bastion.domain.shared.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Departments obey the data scope like users: outside it a department does not exist for the
 * actor, and a move can neither pull departments into a scope nor push them out.
 * Root ─┬─ Eng ─── Backend
 *       └─ Sales ─── Sales East
 */
class DepartmentScopeTest {

    private final FixedClock clock = FixedClock.at("2026-11-25T10:00:00Z");
    private final InMemoryDepartmentRepository repository = new InMemoryDepartmentRepository();
    private final InMemoryUserRepository users = new InMemoryUserRepository(repository);
    private final InMemoryAccessStore store = new InMemoryAccessStore(users).defineRole("super_admin", "*");
        private final InMemoryAccessCache cache = new InMemoryAccessCache();
    private final DepartmentsService departments = new DepartmentsService(repository,
            new GetUserAccessService(store.grants(), users, repository, cache),
            new GrantGuard(store.roles(), store.menus(), store.grants(), store.holdings(), repository), new InMemoryTransactions(), clock);
    {
        repository.sendingEventsTo(new InMemoryEventOutbox(new AccessCacheInvalidation(cache)));
    }

    private final DeptId eng = department(DeptId.ROOT, "Eng");
    private final DeptId backend = department(eng, "Backend");
    private final DeptId sales = department(DeptId.ROOT, "Sales");
    private final DeptId salesEast = department(sales, "Sales East");
    /** Manages Eng and what lies under it. */
    private final UserId manager = holding("manager", eng, role(DataScope.DEPT_AND_CHILDREN));

    private DeptId department(DeptId parent, String name) {
        Department department = Department.create(DeptId.newId(), parent, details(name), clock.now());
        repository.add(department);
        return department.id();
    }

    private static DepartmentDetails details(String name) {
        return new DepartmentDetails(name, 0, null, null, null, DepartmentStatus.ENABLED);
    }

    private UserId holding(String name, DeptId dept, RoleDetails details) {
        return store.registerHolder(name, dept, details, clock.now());
    }

    private DepartmentView move(UserId actor, DeptId dept, DeptId newParent) {
        Department current = repository.findById(dept).orElseThrow();
        return departments.update(actor, UpdateDepartment.Command.everyField(dept, newParent, current.details(),
                current.version()));
    }

    private static List<String> outline(List<TreeNode<DepartmentView>> forest) {
        List<String> lines = new ArrayList<>();
        forest.forEach(node -> outline(node, "", lines));
        return lines;
    }

    private static void outline(TreeNode<DepartmentView> node, String indent, List<String> lines) {
        lines.add(indent + node.item().name());
        node.children().forEach(child -> outline(child, indent + "  ", lines));
    }

    @Test
    void the_tree_holds_only_the_scope_rooted_where_the_scope_begins() {
        UserId root = holding("root", DeptId.ROOT, role(DataScope.ALL));

        assertThat(outline(departments.tree(manager))).containsExactly("Eng", "  Backend");
        assertThat(outline(departments.tree(root))).containsExactly("Root", "  Eng", "    Backend", "  Sales",
                "    Sales East");
        assertThat(departments.tree(holding("nobody", sales, role(DataScope.SELF)))).isEmpty();
    }

    @Test
    void a_department_outside_the_scope_is_not_found_for_read_update_and_delete() {
        assertThat(departments.get(manager, backend).name()).isEqualTo("Backend");
        assertThatThrownBy(() -> departments.get(manager, sales)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> move(manager, sales, eng)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> departments.update(manager, UpdateDepartment.Command.everyField(sales, DeptId.ROOT,
                details("Renamed"), 0))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> departments.delete(manager, salesEast)).isInstanceOf(NotFoundException.class);

        assertThat(repository.findById(sales).orElseThrow().parentId()).contains(DeptId.ROOT);
        assertThat(repository.findById(salesEast)).isPresent();
    }

    @Test
    void the_department_a_scope_is_rooted_in_cannot_move_nor_anything_out_of_the_scope() {
        DeptId tools = department(eng, "Tools");

        assertThatThrownBy(() -> move(manager, eng, tools)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> move(manager, backend, DeptId.ROOT))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("parentId"));
        assertThat(move(manager, backend, tools).parentId()).as("within the scope").isEqualTo(tools);
    }

    @Test
    void a_move_may_not_pull_in_departments_lying_outside_the_scope() {
        UserId custom = holding("custom", eng, customRole(Set.of(DeptId.ROOT, eng, sales)));

        assertThatThrownBy(() -> move(custom, sales, eng))
                .as("Sales East, under Sales, would join Eng's subtree").isInstanceOf(AccessDeniedException.class);
        assertThat(repository.findById(sales).orElseThrow().parentId()).contains(DeptId.ROOT);
    }

    @Test
    void a_department_is_created_only_under_one_in_the_scope_and_is_then_in_it() {
        assertThatThrownBy(() -> departments.create(manager, new CreateDepartment.Command(sales, details("Spy"))))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("parentId"));

        DepartmentView platform = departments.create(manager, new CreateDepartment.Command(eng, details("Platform")));

        assertThat(departments.get(manager, platform.id()).name()).isEqualTo("Platform");
    }
}
