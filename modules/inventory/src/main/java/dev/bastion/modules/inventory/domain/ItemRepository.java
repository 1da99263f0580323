package dev.bastion.modules.inventory.domain;

import dev.bastion.domain.organization.RecordScope;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import java.util.Optional;

/**
 * The items that exist (deleted ones are invisible). Storing an item also appends the events it
 * recorded ({@code pullEvents}) to the core's outbox, in the same transaction.
 */
public interface ItemRepository {

    Optional<Item> findById(ItemId id);

    /**
     * A page of the items matching {@code query} whose warehouse (a live one) belongs to a
     * department {@code scope} covers ({@link RecordScope#coversDept}), by SKU ignoring case.
     */
    Page<Item> find(ItemQuery query, RecordScope scope, PageRequest page);

    /** Whether the warehouse holds any live item. */
    boolean anyIn(WarehouseId warehouse);

    /** Stores a new item (version 0); a SKU a live item has (ignoring case) is a conflict on {@code sku}. */
    void add(Item item);

    /**
     * Stores an item read earlier (its deletion too), one version on; a stale version is a
     * {@code VersionConflictException}, a SKU in use a conflict on {@code sku}.
     */
    Item update(Item item);
}
