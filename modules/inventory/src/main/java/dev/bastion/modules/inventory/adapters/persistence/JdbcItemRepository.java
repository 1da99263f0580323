package dev.bastion.modules.inventory.adapters.persistence;

import dev.bastion.adapters.persistence.shared.JdbcEventOutbox;
import dev.bastion.adapters.persistence.shared.PagedQueries;
import dev.bastion.adapters.persistence.shared.UniqueViolation;
import dev.bastion.domain.organization.RecordScope;
import dev.bastion.domain.shared.ConflictException;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import dev.bastion.domain.shared.VersionConflictException;
import dev.bastion.modules.inventory.domain.Item;
import dev.bastion.modules.inventory.domain.ItemId;
import dev.bastion.modules.inventory.domain.ItemQuery;
import dev.bastion.modules.inventory.domain.ItemRepository;
import dev.bastion.modules.inventory.domain.WarehouseId;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.exceptions.OptimisticLockException;
import jakarta.inject.Singleton;
import java.util.Optional;

/** {@link ItemRepository} on PostgreSQL ({@code inventory_items}); events go to the core's outbox. */
@Singleton
final class JdbcItemRepository implements ItemRepository {

    private static final String TABLE = "inventory_items";

    private final ItemRowRepository rows;
    private final ItemRowMapper mapper;
    private final PagedQueries queries;
    private final JdbcEventOutbox outbox;

    JdbcItemRepository(ItemRowRepository rows, ItemRowMapper mapper, PagedQueries queries, JdbcEventOutbox outbox) {
        this.rows = rows;
        this.mapper = mapper;
        this.queries = queries;
        this.outbox = outbox;
    }

    @Override
    public Optional<Item> findById(ItemId id) {
        return rows.findLiveById(id.value()).map(this::toItem);
    }

    /** By SKU ignoring case: {@code upper(sku)} in byte order (the column's collation is "C"), as indexed. */
    @Override
    public Page<Item> find(ItemQuery query, RecordScope scope, PageRequest page) {
        return queries.page(TABLE, ItemFilter.of(query, scope), "upper(sku) ASC", ItemRow.class, this::toItem, page);
    }

    @Override
    public boolean anyIn(WarehouseId warehouse) {
        return rows.existsLiveIn(warehouse.value());
    }

    @Override
    public void add(Item item) {
        try {
            rows.save(mapper.toRow(item.snapshot()));
        } catch (DataAccessException e) {
            throw translate(e, item);
        }
        outbox.appendFrom(item);
    }

    @Override
    public Item update(Item item) {
        Item stored;
        try {
            stored = toItem(rows.update(mapper.toRow(item.snapshot())));
        } catch (OptimisticLockException e) {
            throw new VersionConflictException("item " + item.id());
        } catch (DataAccessException e) {
            throw translate(e, item);
        }
        outbox.appendFrom(item);
        return stored;
    }

    private Item toItem(ItemRow row) {
        return Item.reconstitute(mapper.toSnapshot(row));
    }

    private static RuntimeException translate(DataAccessException failure, Item item) {
        return UniqueViolation.constraintOf(failure)
                .<RuntimeException>map(constraint -> switch (constraint) {
                    case "inventory_items_sku_key" ->
                            new ConflictException("sku", "SKU " + item.details().sku() + " is in use");
                    default -> ConflictException.ofState("the item clashes with an existing one");
                })
                .orElse(failure);
    }
}
