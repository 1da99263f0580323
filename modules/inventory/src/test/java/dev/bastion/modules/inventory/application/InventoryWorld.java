package dev.bastion.modules.inventory.application;

import dev.bastion.application.access.GetUserAccess;
import dev.bastion.application.testing.FixedClock;
import dev.bastion.application.testing.InMemoryDepartmentRepository;
import dev.bastion.application.testing.InMemoryEventOutbox;
import dev.bastion.application.testing.InMemoryTransactions;
import dev.bastion.domain.access.PermissionSet;
import dev.bastion.domain.access.UserAccess;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.organization.Department;
import dev.bastion.domain.organization.DepartmentDetails;
import dev.bastion.domain.organization.DepartmentStatus;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.organization.RecordScope;
import dev.bastion.modules.inventory.testing.InMemoryItemRepository;
import dev.bastion.modules.inventory.testing.InMemoryWarehouseRepository;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stores and actors the inventory use-case tests share: two departments under the root
 * (sales, logistics), an {@link #admin} whose data scope is everything and a {@link #clerk} whose
 * scope is the sales department only; every store appends to one {@link #outbox}.
 */
final class InventoryWorld {

    final FixedClock clock = FixedClock.at("2026-12-01T08:00:00Z");
    final InMemoryEventOutbox outbox = new InMemoryEventOutbox();
    final InMemoryDepartmentRepository departments = new InMemoryDepartmentRepository();
    final InMemoryWarehouseRepository warehouseStore = new InMemoryWarehouseRepository().sendingEventsTo(outbox);
    final InMemoryItemRepository itemStore = new InMemoryItemRepository(warehouseStore).sendingEventsTo(outbox);
    final InMemoryTransactions transactions = new InMemoryTransactions();

    final DeptId sales = department("Sales");
    final DeptId logistics = department("Logistics");
    final UserId admin = UserId.newId();
    final UserId clerk = UserId.newId();

    private final Map<UserId, RecordScope> scopes = new HashMap<>();
    final GetUserAccess access = user -> new UserAccess(List.of(), PermissionSet.of(List.of()),
            scopes.getOrDefault(user, RecordScope.onlyOwn(user.value())));

    final WarehousesService warehouses = new WarehousesService(warehouseStore, itemStore, id -> departments.findById(id).isPresent(), access,
            transactions, clock);
    final ItemsService items = new ItemsService(itemStore, warehouseStore, access, transactions, clock);

    InventoryWorld() {
        scopes.put(admin, RecordScope.everything(admin.value()));
        scopes.put(clerk, new RecordScope(clerk.value(), false, Set.of(sales), true));
    }

    private DeptId department(String name) {
        DeptId id = DeptId.newId();
        departments.add(Department.create(id, DeptId.ROOT, new DepartmentDetails(name, 1, null, null, null,
                DepartmentStatus.ENABLED), Instant.parse("2026-01-01T00:00:00Z")));
        return id;
    }
}
