package dev.bastion.domain.access;

import java.time.Instant;

/** A menu entry's whole state, for stores. {@code parentId} is null at the top level; {@code deletedAt} may be null. */
public record MenuSnapshot(MenuId id, MenuId parentId, MenuDetails details, long version, Instant createdAt,
                           Instant updatedAt, Instant deletedAt) {
}
