package dev.bastion.modules.inventory.adapters.persistence;

import dev.bastion.adapters.persistence.shared.JdbcEventOutbox;
import dev.bastion.adapters.persistence.shared.PagedQueries;
import dev.bastion.adapters.persistence.shared.UniqueViolation;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.organization.RecordScope;
import dev.bastion.domain.shared.ConflictException;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import dev.bastion.domain.shared.VersionConflictException;
import dev.bastion.modules.inventory.domain.Warehouse;
import dev.bastion.modules.inventory.domain.WarehouseId;
import dev.bastion.modules.inventory.domain.WarehouseQuery;
import dev.bastion.modules.inventory.domain.WarehouseRepository;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.exceptions.OptimisticLockException;
import jakarta.inject.Singleton;
import java.util.Optional;

/** {@link WarehouseRepository} on PostgreSQL ({@code inventory_warehouses}); events go to the core's outbox. */
@Singleton
final class JdbcWarehouseRepository implements WarehouseRepository {

    private static final String TABLE = "inventory_warehouses";

    private final WarehouseRowRepository rows;
    private final WarehouseRowMapper mapper;
    private final PagedQueries queries;
    private final JdbcEventOutbox outbox;

    JdbcWarehouseRepository(WarehouseRowRepository rows, WarehouseRowMapper mapper, PagedQueries queries,
                            JdbcEventOutbox outbox) {
        this.rows = rows;
        this.mapper = mapper;
        this.queries = queries;
        this.outbox = outbox;
    }

    @Override
    public Optional<Warehouse> findById(WarehouseId id) {
        return rows.findLiveById(id.value()).map(this::toWarehouse);
    }

    @Override
    public boolean anyOwnedBy(DeptId dept) {
        return rows.existsLiveOwnedBy(dept.value());
    }

    /** By code: byte order, as the column's collation is "C". */
    @Override
    public Page<Warehouse> find(WarehouseQuery query, RecordScope scope, PageRequest page) {
        return queries.page(TABLE, WarehouseFilter.of(query, scope), "code ASC", WarehouseRow.class,
                this::toWarehouse, page);
    }

    @Override
    public void add(Warehouse warehouse) {
        try {
            rows.save(mapper.toRow(warehouse.snapshot()));
        } catch (DataAccessException e) {
            throw translate(e, warehouse);
        }
        outbox.appendFrom(warehouse);
    }

    @Override
    public Warehouse update(Warehouse warehouse) {
        Warehouse stored;
        try {
            stored = toWarehouse(rows.update(mapper.toRow(warehouse.snapshot())));
        } catch (OptimisticLockException e) {
            throw new VersionConflictException("warehouse " + warehouse.id());
        } catch (DataAccessException e) {
            throw translate(e, warehouse);
        }
        outbox.appendFrom(warehouse);
        return stored;
    }

    private Warehouse toWarehouse(WarehouseRow row) {
        return Warehouse.reconstitute(mapper.toSnapshot(row));
    }

    private static RuntimeException translate(DataAccessException failure, Warehouse warehouse) {
        return UniqueViolation.constraintOf(failure)
                .<RuntimeException>map(constraint -> switch (constraint) {
                    case "inventory_warehouses_code_key" ->
                            new ConflictException("code", "code " + warehouse.details().code() + " is in use");
                    default -> ConflictException.ofState("the warehouse clashes with an existing one");
                })
                .orElse(failure);
    }
}
