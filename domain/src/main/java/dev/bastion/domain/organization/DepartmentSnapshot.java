package dev.bastion.domain.organization;

import java.time.Instant;

/** A department's whole state, for stores. {@code parentId} is null only for the root; {@code deletedAt} may be null. */
public record DepartmentSnapshot(DeptId id, DeptId parentId, DepartmentDetails details, long version,
                                 Instant createdAt, Instant updatedAt, Instant deletedAt) {
}
