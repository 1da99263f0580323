package dev.bastion.modules.inventory.domain;

import dev.bastion.domain.shared.AggregateRoot;
import dev.bastion.domain.shared.ConflictException;
import dev.bastion.domain.shared.InvalidValueException;
import java.time.Instant;
import java.util.Objects;

/**
 * Something a warehouse stocks, and how much of it there is. The quantity starts at 0 and only
 * moves through {@link #receive} and {@link #issue}, each told by an event, so the events are the
 * item's stock ledger; it never goes negative. An issue that takes it from its reorder level or
 * above to below records {@link ItemStockLow}. The item stays in the warehouse it was added to.
 */
public final class Item extends AggregateRoot {

    /** The field a refused amount is named by: the request's {@code quantity}. */
    public static final String AMOUNT_FIELD = "quantity";

    private final ItemId id;
    private final WarehouseId warehouseId;
    private ItemDetails details;
    private long quantity;
    private final long version;
    private final Instant createdAt;
    private Instant updatedAt;
    private Instant deletedAt;

    private Item(ItemSnapshot s) {
        this.id = Objects.requireNonNull(s.id(), "id");
        this.warehouseId = Objects.requireNonNull(s.warehouseId(), "warehouseId");
        this.details = Objects.requireNonNull(s.details(), "details");
        this.quantity = s.quantity();
        this.version = s.version();
        this.createdAt = Objects.requireNonNull(s.createdAt(), "createdAt");
        this.updatedAt = Objects.requireNonNull(s.updatedAt(), "updatedAt");
        this.deletedAt = s.deletedAt();
        if (quantity < 0) {
            throw new IllegalArgumentException("an item's quantity is never negative: " + quantity);
        }
    }

    /** A new item of warehouse {@code warehouseId}, with nothing in stock. */
    public static Item add(ItemId id, WarehouseId warehouseId, ItemDetails details, Instant now) {
        Item item = new Item(new ItemSnapshot(id, warehouseId, details, 0, 0, now, now, null));
        item.record(new ItemCreated(id));
        return item;
    }

    public static Item reconstitute(ItemSnapshot snapshot) {
        return new Item(snapshot);
    }

    public ItemSnapshot snapshot() {
        return new ItemSnapshot(id, warehouseId, details, quantity, version, createdAt, updatedAt, deletedAt);
    }

    /** Replaces its SKU, name, unit and reorder level (no change: no event). */
    public void describe(ItemDetails newDetails, Instant now) {
        Objects.requireNonNull(newDetails, "newDetails");
        if (!newDetails.equals(details)) {
            details = newDetails;
            touch(now);
            record(new ItemChanged(id));
        }
    }

    /** {@code amount} (more than 0) arrived; refused ({@code CONFLICT}) when the stock would not fit a long. */
    public void receive(long amount, Instant now) {
        requirePositive(amount);
        if (amount > Long.MAX_VALUE - quantity) {
            throw new ConflictException(AMOUNT_FIELD, "receiving " + amount + " on top of " + quantity
                    + " in stock would exceed " + Long.MAX_VALUE);
        }
        quantity += amount;
        touch(now);
        record(new ItemReceived(id));
    }

    /**
     * {@code amount} (more than 0, at most what is in stock, else {@code CONFLICT} on the amount)
     * was taken out; records {@link ItemStockLow} when this takes the stock below the reorder level.
     */
    public void issue(long amount, Instant now) {
        requirePositive(amount);
        if (amount > quantity) {
            throw new ConflictException(AMOUNT_FIELD, "cannot issue " + amount + " " + details.unit() + ": only "
                    + quantity + " in stock");
        }
        boolean wasLow = isLow();
        quantity -= amount;
        touch(now);
        record(new ItemIssued(id));
        if (!wasLow && isLow()) {
            record(new ItemStockLow(id));
        }
    }

    /** Whether its stock is below its reorder level. */
    public boolean isLow() {
        return quantity < details.reorderLevel();
    }

    /** Deletes it (soft): its SKU may be used again. */
    public void delete(Instant now) {
        deletedAt = Objects.requireNonNull(now, "now");
        touch(now);
        record(new ItemDeleted(id));
    }

    private static void requirePositive(long amount) {
        if (amount <= 0) {
            throw new InvalidValueException(AMOUNT_FIELD, "must be more than 0");
        }
    }

    private void touch(Instant now) {
        Objects.requireNonNull(now, "now");
        updatedAt = now.isBefore(updatedAt) ? updatedAt : now;
    }

    public ItemId id() {
        return id;
    }

    public WarehouseId warehouseId() {
        return warehouseId;
    }

    public ItemDetails details() {
        return details;
    }

    public long quantity() {
        return quantity;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Item that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Item[" + id + ", " + details.sku() + ", " + quantity + "]";
    }
}
