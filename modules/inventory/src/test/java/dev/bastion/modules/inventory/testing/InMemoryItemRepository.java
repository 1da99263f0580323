package dev.bastion.modules.inventory.testing;

import dev.bastion.application.testing.InMemoryEventOutbox;
import dev.bastion.domain.organization.RecordScope;
import dev.bastion.domain.shared.ConflictException;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import dev.bastion.domain.shared.VersionConflictException;
import dev.bastion.modules.inventory.domain.Item;
import dev.bastion.modules.inventory.domain.ItemId;
import dev.bastion.modules.inventory.domain.ItemQuery;
import dev.bastion.modules.inventory.domain.ItemRepository;
import dev.bastion.modules.inventory.domain.ItemSnapshot;
import dev.bastion.modules.inventory.domain.WarehouseId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Items in a map, with the unique SKU (ignoring case, among live items) and the version check the
 * table has; the data scope is read through the warehouses of {@link InMemoryWarehouseRepository},
 * as the table joins them.
 */
public final class InMemoryItemRepository implements ItemRepository {

    private final Map<ItemId, ItemSnapshot> rows = new LinkedHashMap<>();
    private final InMemoryWarehouseRepository warehouses;
    private InMemoryEventOutbox outbox = new InMemoryEventOutbox();

    public InMemoryItemRepository(InMemoryWarehouseRepository warehouses) {
        this.warehouses = warehouses;
    }

    /** The outbox this fake appends the events of what it stores to (by default one nobody reads). */
    public InMemoryItemRepository sendingEventsTo(InMemoryEventOutbox outbox) {
        this.outbox = outbox;
        return this;
    }

    @Override
    public synchronized Optional<Item> findById(ItemId id) {
        return Optional.ofNullable(rows.get(id)).filter(s -> s.deletedAt() == null).map(Item::reconstitute);
    }

    @Override
    public synchronized Page<Item> find(ItemQuery query, RecordScope scope, PageRequest page) {
        List<Item> matching = live()
                .filter(i -> warehouses.findById(i.warehouseId()).filter(w -> scope.coversDept(w.deptId())).isPresent())
                .filter(i -> query.warehouseId() == null || i.warehouseId().equals(query.warehouseId()))
                .filter(i -> query.skuPrefix() == null
                        || i.details().sku().key().startsWith(query.skuPrefix().toUpperCase(Locale.ROOT)))
                .filter(i -> query.name() == null || i.details().name().toLowerCase(Locale.ROOT)
                        .contains(query.name().toLowerCase(Locale.ROOT)))
                .filter(i -> !query.lowStockOnly() || i.isLow())
                .sorted(Comparator.comparing((Item i) -> i.details().sku().key())).toList();
        return Page.of(matching.stream().skip(page.offset()).limit(page.size()).toList(), matching.size(), page);
    }

    @Override
    public synchronized boolean anyIn(WarehouseId warehouse) {
        return live().anyMatch(i -> i.warehouseId().equals(warehouse));
    }

    @Override
    public synchronized void add(Item item) {
        if (rows.containsKey(item.id())) {
            throw new IllegalStateException("item " + item.id() + " exists");
        }
        requireFreeSku(item);
        rows.put(item.id(), item.snapshot());
        outbox.append(item.pullEvents());
    }

    @Override
    public synchronized Item update(Item item) {
        ItemSnapshot stored = rows.get(item.id());
        if (stored == null || stored.deletedAt() != null || stored.version() != item.version()) {
            throw new VersionConflictException("item " + item.id());
        }
        requireFreeSku(item);
        ItemSnapshot s = item.snapshot();
        ItemSnapshot next = new ItemSnapshot(s.id(), s.warehouseId(), s.details(), s.quantity(), s.version() + 1,
                s.createdAt(), s.updatedAt(), s.deletedAt());
        rows.put(item.id(), next);
        outbox.append(item.pullEvents());
        return Item.reconstitute(next);
    }

    /** Every row, deleted ones too: what a test checks a soft delete by. */
    public synchronized Optional<ItemSnapshot> row(ItemId id) {
        return Optional.ofNullable(rows.get(id));
    }

    private void requireFreeSku(Item item) {
        if (item.isDeleted()) {
            return;
        }
        String key = item.details().sku().key();
        if (live().anyMatch(other -> !other.id().equals(item.id()) && other.details().sku().key().equals(key))) {
            throw new ConflictException("sku", "SKU " + item.details().sku() + " is in use");
        }
    }

    private Stream<Item> live() {
        return rows.values().stream().filter(s -> s.deletedAt() == null).map(Item::reconstitute);
    }
}
