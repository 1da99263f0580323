package dev.bastion.domain.access;

import java.time.Instant;

/** A role's whole state, for stores; {@code deletedAt} may be null. */
public record RoleSnapshot(RoleId id, RoleCode code, RoleDetails details, long version, Instant createdAt,
                           Instant updatedAt, Instant deletedAt) {
}
