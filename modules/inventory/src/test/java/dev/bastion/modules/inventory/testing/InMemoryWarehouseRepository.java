package dev.bastion.modules.inventory.testing;

import dev.bastion.application.testing.InMemoryEventOutbox;
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
import dev.bastion.modules.inventory.domain.WarehouseSnapshot;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Warehouses in a map, with the unique code and the version check the table has. */
public final class InMemoryWarehouseRepository implements WarehouseRepository {

    private final Map<WarehouseId, WarehouseSnapshot> rows = new LinkedHashMap<>();
    private InMemoryEventOutbox outbox = new InMemoryEventOutbox();

    /** The outbox this fake appends the events of what it stores to (by default one nobody reads). */
    public InMemoryWarehouseRepository sendingEventsTo(InMemoryEventOutbox outbox) {
        this.outbox = outbox;
        return this;
    }

    @Override
    public synchronized Optional<Warehouse> findById(WarehouseId id) {
        return Optional.ofNullable(rows.get(id)).filter(s -> s.deletedAt() == null).map(Warehouse::reconstitute);
    }

    @Override
    public synchronized Page<Warehouse> find(WarehouseQuery query, RecordScope scope, PageRequest page) {
        List<Warehouse> matching = live().filter(w -> scope.coversDept(w.deptId()))
                .filter(w -> query.deptId() == null || w.deptId().equals(query.deptId()))
                .filter(w -> query.status() == null || w.details().status() == query.status())
                .filter(w -> query.search() == null || contains(w.details().code().value(), query.search())
                        || contains(w.details().name(), query.search()))
                .sorted(Comparator.comparing(w -> w.details().code().value())).toList();
        return Page.of(matching.stream().skip(page.offset()).limit(page.size()).toList(), matching.size(), page);
    }

    @Override
    public synchronized boolean anyOwnedBy(DeptId dept) {
        return live().anyMatch(w -> w.deptId().equals(dept));
    }

    @Override
    public synchronized void add(Warehouse warehouse) {
        if (rows.containsKey(warehouse.id())) {
            throw new IllegalStateException("warehouse " + warehouse.id() + " exists");
        }
        requireFreeCode(warehouse);
        rows.put(warehouse.id(), warehouse.snapshot());
        outbox.append(warehouse.pullEvents());
    }

    @Override
    public synchronized Warehouse update(Warehouse warehouse) {
        WarehouseSnapshot stored = rows.get(warehouse.id());
        if (stored == null || stored.deletedAt() != null || stored.version() != warehouse.version()) {
            throw new VersionConflictException("warehouse " + warehouse.id());
        }
        requireFreeCode(warehouse);
        WarehouseSnapshot s = warehouse.snapshot();
        WarehouseSnapshot next = new WarehouseSnapshot(s.id(), s.deptId(), s.details(), s.version() + 1,
                s.createdAt(), s.updatedAt(), s.deletedAt());
        rows.put(warehouse.id(), next);
        outbox.append(warehouse.pullEvents());
        return Warehouse.reconstitute(next);
    }

    /** Every row, deleted ones too: what a test checks a soft delete by. */
    public synchronized Optional<WarehouseSnapshot> row(WarehouseId id) {
        return Optional.ofNullable(rows.get(id));
    }

    private void requireFreeCode(Warehouse warehouse) {
        if (warehouse.isDeleted()) {
            return;
        }
        boolean taken = live().anyMatch(other -> !other.id().equals(warehouse.id())
                && other.details().code().equals(warehouse.details().code()));
        if (taken) {
            throw new ConflictException("code", "code " + warehouse.details().code() + " is in use");
        }
    }

    private Stream<Warehouse> live() {
        return rows.values().stream().filter(s -> s.deletedAt() == null).map(Warehouse::reconstitute);
    }

    private static boolean contains(String text, String part) {
        return text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
    }
}
