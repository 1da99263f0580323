package dev.bastion.modules.inventory.adapters.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ItemRowRepository extends GenericRepository<ItemRow, UUID> {

    @Query("SELECT * FROM inventory_items WHERE id = :id AND deleted_at IS NULL")
    Optional<ItemRow> findLiveById(UUID id);

    /** Uses the {@code inventory_items_warehouse_sku} index. */
    @Query("SELECT EXISTS (SELECT 1 FROM inventory_items WHERE warehouse_id = :warehouseId AND deleted_at IS NULL)")
    boolean existsLiveIn(UUID warehouseId);

    ItemRow save(ItemRow row);

    /** Optimistic: matches on id and version, throws {@code OptimisticLockException} otherwise. */
    ItemRow update(ItemRow row);
}
