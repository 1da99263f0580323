package dev.bastion.modules.inventory.application;

import dev.bastion.application.access.GetUserAccess;
import dev.bastion.application.shared.Transactions;
import dev.bastion.domain.identity.UserId;
import dev.bastion.application.organization.DepartmentDirectory;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.organization.RecordScope;
import dev.bastion.domain.shared.Clock;
import dev.bastion.domain.shared.ConflictException;
import dev.bastion.domain.shared.InvalidValueException;
import dev.bastion.domain.shared.NotFoundException;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import dev.bastion.domain.shared.VersionConflictException;
import dev.bastion.modules.inventory.domain.ItemRepository;
import dev.bastion.modules.inventory.domain.Warehouse;
import dev.bastion.modules.inventory.domain.WarehouseId;
import dev.bastion.modules.inventory.domain.WarehouseQuery;
import dev.bastion.modules.inventory.domain.WarehouseRepository;
import java.time.Instant;

/**
 * Warehouses: plain CRUD within the actor's data scope, as the core does for departments and
 * users. A warehouse of a department outside the scope does not exist for the actor; one may be
 * neither placed nor moved into such a department; one holding live items is not deleted.
 */
public final class WarehousesService
        implements ListWarehouses, GetWarehouse, CreateWarehouse, UpdateWarehouse, DeleteWarehouse {

    private final WarehouseRepository warehouses;
    private final ItemRepository items;
    private final DepartmentDirectory departments;
    private final VisibleWarehouses visible;
    private final GetUserAccess userAccess;
    private final Transactions transactions;
    private final Clock clock;

    public WarehousesService(WarehouseRepository warehouses, ItemRepository items, DepartmentDirectory departments,
                             GetUserAccess userAccess, Transactions transactions, Clock clock) {
        this.warehouses = warehouses;
        this.items = items;
        this.departments = departments;
        this.visible = new VisibleWarehouses(warehouses);
        this.userAccess = userAccess;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Page<WarehouseView> list(UserId actor, WarehouseQuery query, PageRequest page) {
        return warehouses.find(query, scopeOf(actor), page).map(WarehouseView::of);
    }

    @Override
    public WarehouseView get(UserId actor, WarehouseId id) {
        return WarehouseView.of(find(id, scopeOf(actor)));
    }

    @Override
    public WarehouseView create(UserId actor, CreateWarehouse.Command command) {
        RecordScope scope = scopeOf(actor);
        Warehouse created = transactions.inTransaction(() -> {
            requirePlaceable(command.deptId(), scope);
            Warehouse warehouse = Warehouse.open(WarehouseId.newId(), command.deptId(), command.details(),
                    clock.now());
            warehouses.add(warehouse);
            return warehouse;
        });
        return WarehouseView.of(created);
    }

    @Override
    public WarehouseView update(UserId actor, UpdateWarehouse.Command command) {
        RecordScope scope = scopeOf(actor);
        Warehouse updated = transactions.inTransaction(() -> {
            Warehouse warehouse = find(command.id(), scope);
            if (warehouse.version() != command.version()) {
                throw new VersionConflictException("warehouse " + command.id());
            }
            Instant now = clock.now();
            DeptId newDept = command.deptId().applyTo(warehouse.deptId());
            if (!newDept.equals(warehouse.deptId())) {
                requirePlaceable(newDept, scope);
                warehouse.transferTo(newDept, now);
            }
            warehouse.describe(command.applyTo(warehouse.details()), now);
            return warehouses.update(warehouse);
        });
        return WarehouseView.of(updated);
    }

    @Override
    public void delete(UserId actor, WarehouseId id) {
        RecordScope scope = scopeOf(actor);
        transactions.inTransaction(() -> {
            Warehouse warehouse = find(id, scope);
            if (items.anyIn(id)) {
                throw ConflictException.ofState("the warehouse holds items; delete them first");
            }
            warehouse.delete(clock.now());
            warehouses.update(warehouse);
            return null;
        });
    }

    private RecordScope scopeOf(UserId actor) {
        return userAccess.of(actor).scope();
    }

    private Warehouse find(WarehouseId id, RecordScope scope) {
        return visible.find(id, scope).orElseThrow(() -> new NotFoundException("warehouse " + id));
    }

    /** A department outside the scope is answered like an unknown one: its existence is not told. */
    private void requirePlaceable(DeptId dept, RecordScope scope) {
        if (dept == null) {
            throw new InvalidValueException("deptId", "must not be null");
        }
        if (!scope.coversDept(dept) || !departments.exists(dept)) {
            throw new InvalidValueException("deptId", "no such department");
        }
    }
}
