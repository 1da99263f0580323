package dev.bastion.adapters.persistence.organization;

import dev.bastion.adapters.persistence.shared.JdbcEventOutbox;
import dev.bastion.domain.organization.Department;
import dev.bastion.domain.organization.DepartmentRepository;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.shared.VersionConflictException;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** {@link DepartmentRepository} on PostgreSQL; the lineage is one recursive query. */
@Singleton
final class JdbcDepartmentRepository implements DepartmentRepository {

    private final JdbcEventOutbox outbox;
    private final DepartmentRowRepository rows;
    private final DepartmentRowMapper mapper;
    private final JdbcOperations jdbc;
    private final ConnectionOperations<Connection> connections;

    JdbcDepartmentRepository(DepartmentRowRepository rows, DepartmentRowMapper mapper, JdbcEventOutbox outbox,
                             JdbcOperations jdbc, ConnectionOperations<Connection> connections) {
        this.outbox = outbox;
        this.rows = rows;
        this.mapper = mapper;
        this.jdbc = jdbc;
        this.connections = connections;
    }

    @Override
    public Optional<Department> findById(DeptId id) {
        return rows.findLiveById(id.value()).map(this::toDepartment);
    }

    @Override
    public List<Department> findAll() {
        return allLiveRows().stream().map(this::toDepartment).toList();
    }

    /** Every live row, read by {@link DepartmentRowReader} (the whole tree is read on every {@code GET /depts}). */
    private List<DepartmentRow> allLiveRows() {
        return connections.executeRead(status -> jdbc.prepareStatement(
                "SELECT * FROM departments WHERE deleted_at IS NULL", statement -> {
                    List<DepartmentRow> found = new ArrayList<>();
                    try (ResultSet row = statement.executeQuery()) {
                        while (row.next()) {
                            found.add(DepartmentRowReader.INSTANCE.read(row));
                        }
                    }
                    return found;
                }));
    }

    @Override
    public List<DeptId> lineage(DeptId id) {
        return rows.findLineage(id.value()).stream().map(DeptId::new).toList();
    }

    @Override
    public Set<DeptId> subtreesOf(Set<DeptId> roots) {
        if (roots.isEmpty()) {
            return Set.of();
        }
        return rows.findSubtrees(values(roots)).stream().map(DeptId::new).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Set<DeptId> unknown(Set<DeptId> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        Set<DeptId> unknown = new HashSet<>(ids);
        rows.findLiveIds(values(ids)).forEach(id -> unknown.remove(new DeptId(id)));
        return unknown;
    }

    private static List<UUID> values(Set<DeptId> ids) {
        return ids.stream().map(DeptId::value).toList();
    }

    @Override
    public boolean hasChildren(DeptId id) {
        return rows.existsChild(id.value());
    }

    @Override
    public boolean hasMembers(DeptId id) {
        return rows.existsMember(id.value());
    }

    @Override
    public void add(Department department) {
        rows.save(mapper.toRow(department.snapshot()));
        outbox.appendFrom(department);
    }

    @Override
    public Department update(Department department) {
        Department stored;
        try {
            stored = toDepartment(rows.update(mapper.toRow(department.snapshot())));
        } catch (OptimisticLockException e) {
            throw new VersionConflictException("department " + department.id());
        }
        outbox.appendFrom(department);
        return stored;
    }

    private Department toDepartment(DepartmentRow row) {
        return Department.reconstitute(mapper.toSnapshot(row));
    }
}
