package dev.bastion.domain.organization;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The departments that exist (deleted ones are invisible). */
public interface DepartmentRepository {

    Optional<Department> findById(DeptId id);

    /** Every department, in no particular order. */
    List<Department> findAll();

    /** {@code id} and its ancestors up to the root, nearest first; empty for an unknown id. */
    List<DeptId> lineage(DeptId id);

    /** {@code roots} and every department below them (deleted ones and unknown roots left out). */
    Set<DeptId> subtreesOf(Set<DeptId> roots);

    /** Of {@code ids}, those that name no department. */
    Set<DeptId> unknown(Set<DeptId> ids);

    boolean hasChildren(DeptId id);

    /** Whether any user (not deleted) belongs to the department. */
    boolean hasMembers(DeptId id);

    void add(Department department);

    /** Stores a department read earlier; a stale version is a {@code VersionConflictException}. */
    Department update(Department department);
}
