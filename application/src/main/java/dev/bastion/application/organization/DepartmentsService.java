package dev.bastion.application.organization;

import dev.bastion.application.access.AccessChanges;
import dev.bastion.application.shared.Transactions;
import dev.bastion.application.shared.TreeNode;
import dev.bastion.domain.organization.Department;
import dev.bastion.domain.organization.DepartmentRepository;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.shared.Clock;
import dev.bastion.domain.shared.ConflictException;
import dev.bastion.domain.shared.InvalidValueException;
import dev.bastion.domain.shared.NotFoundException;
import dev.bastion.domain.shared.VersionConflictException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** The department tree: plain CRUD, plus the tree's own rules (no cycles, no orphaned children or members). */
public final class DepartmentsService
        implements ListDepartmentTree, GetDepartment, CreateDepartment, UpdateDepartment, DeleteDepartment {

    private static final Comparator<Department> SIBLING_ORDER = Comparator
            .comparingInt((Department d) -> d.details().sort())
            .thenComparing(d -> d.details().name())
            .thenComparing(d -> d.id().value());

    private final DepartmentRepository departments;
    private final Transactions transactions;
    private final Clock clock;
    private final AccessChanges accessChanges;

    public DepartmentsService(DepartmentRepository departments, Transactions transactions, Clock clock,
                              AccessChanges accessChanges) {
        this.departments = departments;
        this.transactions = transactions;
        this.clock = clock;
        this.accessChanges = accessChanges;
    }

    @Override
    public List<TreeNode<Department>> tree() {
        return TreeNode.forest(departments.findAll(), Department::id, Department::parentId, SIBLING_ORDER);
    }

    @Override
    public Department get(DeptId id) {
        return departments.findById(id).orElseThrow(() -> new NotFoundException("department " + id));
    }

    @Override
    public Department create(CreateDepartment.Command command) {
        Department created = transactions.inTransaction(() -> {
            requireExisting(command.parentId());
            Department department = Department.create(DeptId.newId(), command.parentId(), command.details(),
                    clock.now());
            departments.add(department);
            return department;
        });
        accessChanges.announce(); // committed: data scopes resolve to department sets
        return created;
    }

    @Override
    public Department update(UpdateDepartment.Command command) {
        Department updated = transactions.inTransaction(() -> {
            Department department = get(command.id());
            if (department.version() != command.version()) {
                throw new VersionConflictException("department " + command.id());
            }
            Instant now = clock.now();
            if (!command.parentId().equals(department.parentId().orElse(null))) {
                requireExisting(command.parentId());
                department.moveUnder(command.parentId(), departments.lineage(command.parentId()), now);
            }
            department.describe(command.details(), now);
            return departments.update(department);
        });
        accessChanges.announce(); // committed: data scopes resolve to department sets
        return updated;
    }

    @Override
    public void delete(DeptId id) {
        transactions.inTransaction(() -> {
            Department department = get(id);
            if (departments.hasChildren(id)) {
                throw ConflictException.ofState("the department has sub-departments; move or delete them first");
            }
            if (departments.hasMembers(id)) {
                throw ConflictException.ofState("the department has members; move them to another department first");
            }
            department.delete(clock.now());
            departments.update(department);
            return null;
        });
        accessChanges.announce(); // committed: data scopes resolve to department sets
    }

    private void requireExisting(DeptId parent) {
        if (departments.findById(parent).isEmpty()) {
            throw new InvalidValueException("parentId", "no such department");
        }
    }
}
