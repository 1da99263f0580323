package dev.bastion.application.testing;

import dev.bastion.domain.organization.Department;
import dev.bastion.domain.organization.DepartmentDetails;
import dev.bastion.domain.organization.DepartmentRepository;
import dev.bastion.domain.organization.DepartmentSnapshot;
import dev.bastion.domain.organization.DepartmentStatus;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.shared.VersionConflictException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Departments in a map, starting with the root. A department has members when an
 * {@link InMemoryUserRepository} built over this one holds a live user in it (as the
 * {@code users.dept_id} column tells PostgreSQL), or when a test declared one with {@link #addMember}.
 */
public final class InMemoryDepartmentRepository implements DepartmentRepository {

    private final Map<DeptId, DepartmentSnapshot> rows = new LinkedHashMap<>();
    private final Set<DeptId> withMembers = new HashSet<>();
    private InMemoryUserRepository users;
    private InMemoryEventOutbox outbox = new InMemoryEventOutbox();

    public InMemoryDepartmentRepository() {
        Instant epoch = Instant.EPOCH;
        rows.put(DeptId.ROOT, new DepartmentSnapshot(DeptId.ROOT, null,
                new DepartmentDetails("Root", 0, null, null, null, DepartmentStatus.ENABLED), 0, epoch, epoch, null));
    }

    /** The outbox this fake appends the events of what it stores to (by default one nobody reads). */
    public InMemoryDepartmentRepository sendingEventsTo(InMemoryEventOutbox outbox) {
        this.outbox = outbox;
        return this;
    }

    /** Counts the live users of {@code users} as members (the user fake calls this when built over this one). */
    void countingMembersOf(InMemoryUserRepository users) {
        this.users = users;
    }

    /** Declares a member of {@code department} that no user repository knows of. */
    public void addMember(DeptId department) {
        withMembers.add(department);
    }

    @Override
    public Optional<Department> findById(DeptId id) {
        return Optional.ofNullable(rows.get(id)).filter(s -> s.deletedAt() == null).map(Department::reconstitute);
    }

    @Override
    public List<Department> findAll() {
        return rows.values().stream().filter(s -> s.deletedAt() == null).map(Department::reconstitute).toList();
    }

    @Override
    public List<DeptId> lineage(DeptId id) {
        List<DeptId> lineage = new ArrayList<>();
        for (DepartmentSnapshot at = rows.get(id); at != null && at.deletedAt() == null;
             at = at.parentId() == null ? null : rows.get(at.parentId())) {
            lineage.add(at.id());
        }
        return lineage;
    }

    @Override
    public Set<DeptId> subtreesOf(Set<DeptId> roots) {
        Set<DeptId> found = new HashSet<>();
        Deque<DeptId> pending = new ArrayDeque<>();
        roots.stream().filter(this::isLive).forEach(pending::add);
        while (!pending.isEmpty()) {
            DeptId at = pending.pop();
            if (found.add(at)) {
                rows.values().stream()
                        .filter(s -> s.deletedAt() == null && at.equals(s.parentId()))
                        .forEach(s -> pending.push(s.id()));
            }
        }
        return found;
    }

    @Override
    public Set<DeptId> unknown(Set<DeptId> ids) {
        Set<DeptId> unknown = new HashSet<>();
        ids.stream().filter(id -> !isLive(id)).forEach(unknown::add);
        return unknown;
    }

    private boolean isLive(DeptId id) {
        DepartmentSnapshot row = rows.get(id);
        return row != null && row.deletedAt() == null;
    }

    @Override
    public boolean hasChildren(DeptId id) {
        return rows.values().stream().anyMatch(s -> s.deletedAt() == null && id.equals(s.parentId()));
    }

    @Override
    public boolean hasMembers(DeptId id) {
        return withMembers.contains(id) || (users != null && users.hasLiveMemberIn(id));
    }

    @Override
    public void add(Department department) {
        rows.put(department.id(), department.snapshot());
        outbox.append(department.pullEvents());
    }

    @Override
    public Department update(Department department) {
        DepartmentSnapshot stored = rows.get(department.id());
        if (stored == null || stored.version() != department.version()) {
            throw new VersionConflictException("department " + department.id());
        }
        DepartmentSnapshot s = department.snapshot();
        DepartmentSnapshot next = new DepartmentSnapshot(s.id(), s.parentId(), s.details(), s.version() + 1,
                s.createdAt(), s.updatedAt(), s.deletedAt());
        rows.put(s.id(), next);
        outbox.append(department.pullEvents());
        return Department.reconstitute(next);
    }
}
