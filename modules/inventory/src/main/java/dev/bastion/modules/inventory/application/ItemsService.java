package dev.bastion.modules.inventory.application;

import dev.bastion.application.access.GetUserAccess;
import dev.bastion.application.shared.Transactions;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.organization.RecordScope;
import dev.bastion.domain.shared.Clock;
import dev.bastion.domain.shared.InvalidValueException;
import dev.bastion.domain.shared.NotFoundException;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import dev.bastion.domain.shared.VersionConflictException;
import dev.bastion.modules.inventory.domain.Item;
import dev.bastion.modules.inventory.domain.ItemId;
import dev.bastion.modules.inventory.domain.ItemQuery;
import dev.bastion.modules.inventory.domain.ItemRepository;
import dev.bastion.modules.inventory.domain.Warehouse;
import dev.bastion.modules.inventory.domain.WarehouseId;
import dev.bastion.modules.inventory.domain.WarehouseRepository;
import java.util.function.BiConsumer;

/**
 * Items and their stock. The stock rules are the aggregate's; this service adds what needs the
 * stores: the item's warehouse exists within the actor's data scope (an item outside it does not
 * exist for them), and takes no new item and moves no stock while DISABLED.
 */
public final class ItemsService
        implements ListItems, GetItem, CreateItem, UpdateItem, DeleteItem, ReceiveStock, IssueStock {

    private final ItemRepository items;
    private final VisibleWarehouses warehouses;
    private final GetUserAccess userAccess;
    private final Transactions transactions;
    private final Clock clock;

    public ItemsService(ItemRepository items, WarehouseRepository warehouses, GetUserAccess userAccess,
                        Transactions transactions, Clock clock) {
        this.items = items;
        this.warehouses = new VisibleWarehouses(warehouses);
        this.userAccess = userAccess;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Page<ItemView> list(UserId actor, ItemQuery query, PageRequest page) {
        return items.find(query, scopeOf(actor), page).map(ItemView::of);
    }

    @Override
    public ItemView get(UserId actor, ItemId id) {
        return ItemView.of(find(id, scopeOf(actor)));
    }

    @Override
    public ItemView create(UserId actor, CreateItem.Command command) {
        RecordScope scope = scopeOf(actor);
        Item created = transactions.inTransaction(() -> {
            Warehouse warehouse = command.warehouseId() == null ? null
                    : warehouses.find(command.warehouseId(), scope).orElse(null);
            if (warehouse == null) {
                throw new InvalidValueException("warehouseId", "no such warehouse");
            }
            warehouse.requireEnabled("add an item");
            Item item = Item.add(ItemId.newId(), warehouse.id(), command.details(), clock.now());
            items.add(item);
            return item;
        });
        return ItemView.of(created);
    }

    @Override
    public ItemView update(UserId actor, UpdateItem.Command command) {
        RecordScope scope = scopeOf(actor);
        Item updated = transactions.inTransaction(() -> {
            Item item = findAt(command.id(), command.version(), scope);
            item.describe(command.applyTo(item.details()), clock.now());
            return items.update(item);
        });
        return ItemView.of(updated);
    }

    @Override
    public void delete(UserId actor, ItemId id) {
        RecordScope scope = scopeOf(actor);
        transactions.inTransaction(() -> {
            Item item = find(id, scope);
            item.delete(clock.now());
            items.update(item);
            return null;
        });
    }

    @Override
    public ItemView receive(UserId actor, StockMovement movement) {
        return move(actor, movement, "receive stock", (item, quantity) -> item.receive(quantity, clock.now()));
    }

    @Override
    public ItemView issue(UserId actor, StockMovement movement) {
        return move(actor, movement, "issue stock", (item, quantity) -> item.issue(quantity, clock.now()));
    }

    /** One stock movement of an item read at the movement's version, its warehouse visible and ENABLED. */
    private ItemView move(UserId actor, StockMovement movement, String action, BiConsumer<Item, Long> change) {
        RecordScope scope = scopeOf(actor);
        Item moved = transactions.inTransaction(() -> {
            Item item = findAt(movement.id(), movement.version(), scope);
            warehouseOf(item, scope).requireEnabled(action);
            change.accept(item, movement.quantity());
            return items.update(item);
        });
        return ItemView.of(moved);
    }

    private RecordScope scopeOf(UserId actor) {
        return userAccess.of(actor).scope();
    }

    private Item findAt(ItemId id, long version, RecordScope scope) {
        Item item = find(id, scope);
        if (item.version() != version) {
            throw new VersionConflictException("item " + id);
        }
        return item;
    }

    private Item find(ItemId id, RecordScope scope) {
        return items.findById(id).filter(item -> warehouses.find(item.warehouseId(), scope).isPresent())
                .orElseThrow(() -> new NotFoundException("item " + id));
    }

    private Warehouse warehouseOf(Item item, RecordScope scope) {
        WarehouseId id = item.warehouseId();
        return warehouses.find(id, scope).orElseThrow(() -> new NotFoundException("item " + item.id()));
    }
}
