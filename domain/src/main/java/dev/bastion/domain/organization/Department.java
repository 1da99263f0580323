package dev.bastion.domain.organization;

import dev.bastion.domain.shared.AggregateRoot;
import dev.bastion.domain.shared.ConflictException;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * A unit of the organization tree. Only the root has no parent. A department never moves under
 * itself or one of its descendants, so the tree can never get a cycle.
 */
public final class Department extends AggregateRoot {

    private final DeptId id;
    private DeptId parentId;
    private DepartmentDetails details;
    private final long version;
    private final Instant createdAt;
    private Instant updatedAt;
    private Instant deletedAt;

    private Department(DepartmentSnapshot s) {
        this.id = Objects.requireNonNull(s.id(), "id");
        this.parentId = s.parentId();
        this.details = Objects.requireNonNull(s.details(), "details");
        this.version = s.version();
        this.createdAt = Objects.requireNonNull(s.createdAt(), "createdAt");
        this.updatedAt = Objects.requireNonNull(s.updatedAt(), "updatedAt");
        this.deletedAt = s.deletedAt();
        if (parentId == null && !id.equals(DeptId.ROOT)) {
            throw new IllegalArgumentException("only the root department has no parent");
        }
        if (id.equals(parentId)) {
            throw new IllegalArgumentException("a department is not its own parent");
        }
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative");
        }
    }

    /** A new department under {@code parentId}. */
    public static Department create(DeptId id, DeptId parentId, DepartmentDetails details, Instant now) {
        Objects.requireNonNull(parentId, "parentId");
        Department department = new Department(new DepartmentSnapshot(id, parentId, details, 0, now, now, null));
        department.record(new DepartmentCreated(id));
        return department;
    }

    public static Department reconstitute(DepartmentSnapshot snapshot) {
        return new Department(snapshot);
    }

    public DepartmentSnapshot snapshot() {
        return new DepartmentSnapshot(id, parentId, details, version, createdAt, updatedAt, deletedAt);
    }

    public void describe(DepartmentDetails newDetails, Instant now) {
        requireNotDeleted();
        Objects.requireNonNull(newDetails, "newDetails");
        if (!newDetails.equals(details)) {
            record(new DepartmentChanged(id));
        }
        details = newDetails;
        touch(now);
    }

    /**
     * Moves this department under {@code newParent}, whose ancestors (itself included) are
     * {@code newParentLineage}. Refused for the root, and when this department is in that lineage
     * (it would become its own ancestor).
     */
    public void moveUnder(DeptId newParent, Collection<DeptId> newParentLineage, Instant now) {
        requireNotDeleted();
        Objects.requireNonNull(newParent, "newParent");
        if (newParent.equals(parentId)) {
            return;
        }
        if (isRoot()) {
            throw new ConflictException("parentId", "the root department cannot be moved");
        }
        if (newParent.equals(id) || newParentLineage.contains(id)) {
            throw new ConflictException("parentId", "a department cannot move under itself or one of its descendants");
        }
        parentId = newParent;
        touch(now);
        record(new DepartmentMoved(id));
    }

    /** Soft delete; whether it has children or members is the caller's check (it needs the tree). */
    public void delete(Instant now) {
        requireNotDeleted();
        if (isRoot()) {
            throw ConflictException.ofState("the root department cannot be deleted");
        }
        deletedAt = Objects.requireNonNull(now, "now");
        touch(now);
        record(new DepartmentDeleted(id));
    }

    public boolean isRoot() {
        return parentId == null;
    }

    private void requireNotDeleted() {
        if (deletedAt != null) {
            throw ConflictException.ofState("department is deleted");
        }
    }

    private void touch(Instant now) {
        Objects.requireNonNull(now, "now");
        updatedAt = now.isBefore(updatedAt) ? updatedAt : now;
    }

    public DeptId id() {
        return id;
    }

    public Optional<DeptId> parentId() {
        return Optional.ofNullable(parentId);
    }

    public DepartmentDetails details() {
        return details;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Department that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Department[" + id + ", " + details.name() + "]";
    }
}
