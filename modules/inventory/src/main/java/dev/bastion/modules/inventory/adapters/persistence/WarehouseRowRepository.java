package dev.bastion.modules.inventory.adapters.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface WarehouseRowRepository extends GenericRepository<WarehouseRow, UUID> {

    @Query("SELECT * FROM inventory_warehouses WHERE id = :id AND deleted_at IS NULL")
    Optional<WarehouseRow> findLiveById(UUID id);

    /** Uses the {@code inventory_warehouses_dept_code} index. */
    @Query("SELECT EXISTS (SELECT 1 FROM inventory_warehouses WHERE dept_id = :deptId AND deleted_at IS NULL)")
    boolean existsLiveOwnedBy(UUID deptId);

    WarehouseRow save(WarehouseRow row);

    /** Optimistic: matches on id and version, throws {@code OptimisticLockException} otherwise. */
    WarehouseRow update(WarehouseRow row);
}
