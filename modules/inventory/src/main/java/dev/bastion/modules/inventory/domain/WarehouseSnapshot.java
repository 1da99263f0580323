package dev.bastion.modules.inventory.domain;

import dev.bastion.domain.organization.DeptId;
import java.time.Instant;

/** A warehouse's whole state, to store it and rebuild it ({@link Warehouse#reconstitute}). */
public record WarehouseSnapshot(WarehouseId id, DeptId deptId, WarehouseDetails details, long version,
                                Instant createdAt, Instant updatedAt, Instant deletedAt) {
}
