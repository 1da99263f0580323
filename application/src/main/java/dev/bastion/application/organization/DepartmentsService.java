package dev.bastion.application.organization;

import dev.bastion.application.access.GetUserAccess;
import dev.bastion.application.access.GrantGuard;
import dev.bastion.application.shared.Transactions;
import dev.bastion.application.shared.TreeNode;
import dev.bastion.domain.access.GrantPolicy;
import dev.bastion.domain.access.UserAccess;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.organization.Department;
import dev.bastion.domain.organization.DepartmentRepository;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.organization.RecordScope;
import dev.bastion.domain.shared.Clock;
import dev.bastion.domain.shared.ConflictException;
import dev.bastion.domain.shared.InvalidValueException;
import dev.bastion.domain.shared.NotFoundException;
import dev.bastion.domain.shared.VersionConflictException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The department tree: plain CRUD, plus the tree's own rules (no cycles, no orphaned children or
 * members), within the actor's data scope like users: a department outside it does not exist for
 * them, and a move may neither pull outside departments in nor push inside ones out
 * ({@link GrantPolicy#requireMayMove}).
 */
public final class DepartmentsService
        implements ListDepartmentTree, GetDepartment, CreateDepartment, UpdateDepartment, DeleteDepartment,
        DepartmentDirectory {

    private static final Comparator<Department> SIBLING_ORDER = Comparator
            .comparingInt((Department d) -> d.details().sort())
            .thenComparing(d -> d.details().name())
            .thenComparing(d -> d.id().value());

    private final DepartmentRepository departments;
    private final GetUserAccess userAccess;
    private final GrantGuard guard;
    private final Transactions transactions;
    private final Clock clock;
    private final List<DepartmentOwnedRecords> ownedRecords;

    public DepartmentsService(DepartmentRepository departments, GetUserAccess userAccess, GrantGuard guard,
                              Transactions transactions, Clock clock) {
        this(departments, userAccess, guard, transactions, clock, List.of());
    }

    /** {@code ownedRecords}: the business modules' records departments own (none in the core alone). */
    public DepartmentsService(DepartmentRepository departments, GetUserAccess userAccess, GrantGuard guard,
                              Transactions transactions, Clock clock, List<DepartmentOwnedRecords> ownedRecords) {
        this.departments = departments;
        this.userAccess = userAccess;
        this.guard = guard;
        this.transactions = transactions;
        this.clock = clock;
        this.ownedRecords = List.copyOf(ownedRecords);
    }

    @Override
    public List<TreeNode<DepartmentView>> tree(UserId actor) {
        RecordScope scope = scopeOf(actor);
        List<Department> visible = departments.findAll().stream().filter(d -> scope.coversDept(d.id())).toList();
        return TreeNode.mapAll(TreeNode.visibleForest(visible, Department::id, Department::parentId, SIBLING_ORDER),
                DepartmentView::of);
    }

    @Override
    public DepartmentView get(UserId actor, DeptId id) {
        return DepartmentView.of(find(id, scopeOf(actor)));
    }

    @Override
    public DepartmentView create(UserId actor, CreateDepartment.Command command) {
        RecordScope scope = scopeOf(actor);
        Department created = transactions.inTransaction(() -> {
            requireExisting(command.parentId(), scope);
            Department department = Department.create(DeptId.newId(), command.parentId(), command.details(),
                    clock.now());
            departments.add(department);
            return department;
        });
        return DepartmentView.of(created);
    }

    @Override
    public DepartmentView update(UserId actor, UpdateDepartment.Command command) {
        UserAccess acting = userAccess.of(actor);
        GrantPolicy policy = guard.policyFor(acting);
        Department updated = transactions.inTransaction(() -> {
            Department department = find(command.id(), acting.scope());
            if (department.version() != command.version()) {
                throw new VersionConflictException("department " + command.id());
            }
            Instant now = clock.now();
            DeptId oldParent = department.parentId().orElse(null);
            DeptId newParent = command.parentId().applyTo(oldParent);
            if (!Objects.equals(newParent, oldParent)) {
                policy.requireMayMove(department.id(), oldParent, departments.subtreesOf(Set.of(department.id())),
                        newParent);
                requireExisting(newParent, acting.scope());
                department.moveUnder(newParent, departments.lineage(newParent), now);
            }
            department.describe(command.applyTo(department.details()), now);
            return departments.update(department);
        });
        return DepartmentView.of(updated);
    }

    @Override
    public void delete(UserId actor, DeptId id) {
        RecordScope scope = scopeOf(actor);
        transactions.inTransaction(() -> {
            Department department = find(id, scope);
            if (departments.hasChildren(id)) {
                throw ConflictException.ofState("the department has sub-departments; move or delete them first");
            }
            if (departments.hasMembers(id)) {
                throw ConflictException.ofState("the department has members; move them to another department first");
            }
            for (DepartmentOwnedRecords owned : ownedRecords) {
                owned.ownedBy(id).ifPresent(what -> {
                    throw ConflictException.ofState("the department owns " + what
                            + "; move them to another department or delete them first");
                });
            }
            department.delete(clock.now());
            departments.update(department);
            return null;
        });
    }

    private RecordScope scopeOf(UserId actor) {
        return userAccess.of(actor).scope();
    }

    private Department find(DeptId id, RecordScope scope) {
        return departments.findById(id).filter(d -> scope.coversDept(d.id()))
                .orElseThrow(() -> new NotFoundException("department " + id));
    }

    /** A parent outside the scope is answered like an unknown one: its existence is not told. */
    private void requireExisting(DeptId parent, RecordScope scope) {
        if (!scope.coversDept(parent) || departments.findById(parent).isEmpty()) {
            throw new InvalidValueException("parentId", "no such department");
        }
    }

    @Override
    public boolean exists(DeptId id) {
        return departments.findById(id).isPresent();
    }
}
