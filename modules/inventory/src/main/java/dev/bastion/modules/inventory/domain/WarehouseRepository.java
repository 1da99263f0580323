package dev.bastion.modules.inventory.domain;

import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.organization.RecordScope;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import java.util.Optional;

/**
 * The warehouses that exist (deleted ones are invisible). Storing a warehouse also appends the
 * events it recorded ({@code pullEvents}) to the core's outbox, in the same transaction.
 */
public interface WarehouseRepository {

    Optional<Warehouse> findById(WarehouseId id);

    /**
     * A page of the warehouses matching {@code query} whose department {@code scope} covers
     * ({@link RecordScope#coversDept}), by code.
     */
    Page<Warehouse> find(WarehouseQuery query, RecordScope scope, PageRequest page);

    /** Whether a warehouse that exists belongs to {@code dept} (so the department may not be deleted). */
    boolean anyOwnedBy(DeptId dept);

    /** Stores a new warehouse (version 0); a code in use is a conflict on {@code code}. */
    void add(Warehouse warehouse);

    /**
     * Stores a warehouse read earlier (its deletion too), one version on; a stale version is a
     * {@code VersionConflictException}, a code in use a conflict on {@code code}.
     */
    Warehouse update(Warehouse warehouse);
}
