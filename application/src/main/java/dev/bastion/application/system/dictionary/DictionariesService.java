package dev.bastion.application.system.dictionary;

import dev.bastion.application.shared.Transactions;
import dev.bastion.domain.shared.Clock;
import dev.bastion.domain.shared.ConflictException;
import dev.bastion.domain.shared.InvalidValueException;
import dev.bastion.domain.shared.NotFoundException;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import dev.bastion.domain.shared.VersionConflictException;
import dev.bastion.domain.system.dictionary.DictCode;
import dev.bastion.domain.system.dictionary.DictItem;
import dev.bastion.domain.system.dictionary.DictItemId;
import dev.bastion.domain.system.dictionary.DictType;
import dev.bastion.domain.system.dictionary.DictTypeId;
import dev.bastion.domain.system.dictionary.DictTypeQuery;
import dev.bastion.domain.system.dictionary.DictionaryRepository;
import java.util.List;

/**
 * Dictionary administration: plain CRUD over types and items. What spans items (unique values,
 * one default) is the store's to guard; what changed is told by the events the aggregates record,
 * which is also how every instance's {@link DictionaryCache} learns of it. Dictionaries grant
 * nothing, so nothing is asked beyond the permission of each operation.
 */
public final class DictionariesService implements ListDictTypes, GetDictType, CreateDictType, UpdateDictType,
        DeleteDictType, ListDictItems, CreateDictItem, UpdateDictItem, DeleteDictItem {

    private final DictionaryRepository dictionaries;
    private final Transactions transactions;
    private final Clock clock;

    public DictionariesService(DictionaryRepository dictionaries, Transactions transactions, Clock clock) {
        this.dictionaries = dictionaries;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Page<DictTypeView> list(DictTypeQuery query, PageRequest page) {
        return dictionaries.findTypes(query, page).map(DictTypeView::of);
    }

    @Override
    public DictTypeView get(DictTypeId id) {
        return DictTypeView.of(findType(id));
    }

    @Override
    public DictTypeView create(CreateDictType.Command command) {
        DictType created = transactions.inTransaction(() -> {
            DictType type = DictType.create(DictTypeId.newId(), command.code(), command.details(), clock.now());
            dictionaries.addType(type);
            return type;
        });
        return DictTypeView.of(created);
    }

    @Override
    public DictTypeView update(UpdateDictType.Command command) {
        DictType updated = transactions.inTransaction(() -> {
            DictType type = findType(command.id());
            if (type.version() != command.version()) {
                throw new VersionConflictException("dictionary type " + command.id());
            }
            type.describe(command.applyTo(type.details()), clock.now());
            return dictionaries.updateType(type);
        });
        return DictTypeView.of(updated);
    }

    @Override
    public void delete(DictTypeId id, boolean cascade) {
        transactions.inTransaction(() -> {
            DictType found = findType(id);
            // locked, so that no item is added between the look and the delete (and read again:
            // a delete that overtook us leaves nothing to delete)
            DictType type = dictionaries.lockType(found.code()).filter(locked -> locked.id().equals(id))
                    .orElseThrow(() -> new NotFoundException("dictionary type " + id));
            List<DictItem> items = dictionaries.findItems(type.code());
            if (!items.isEmpty() && !cascade) {
                throw ConflictException.ofState("the dictionary type has " + items.size()
                        + " item(s); delete them first, or delete with cascade=true");
            }
            for (DictItem item : items) {
                item.delete();
                dictionaries.removeItem(item);
            }
            type.delete();
            dictionaries.removeType(type);
            return null;
        });
    }

    @Override
    public List<DictItemView> items(DictCode typeCode) {
        if (dictionaries.findType(typeCode).isEmpty()) {
            throw new NotFoundException("dictionary type " + typeCode);
        }
        return dictionaries.findItems(typeCode).stream().map(DictItemView::of).toList();
    }

    @Override
    public DictItemView create(CreateDictItem.Command command) {
        DictItem created = transactions.inTransaction(() -> {
            if (dictionaries.findType(command.typeCode()).isEmpty()) {
                throw new InvalidValueException("typeCode", "no such dictionary type");
            }
            DictItem item = DictItem.create(DictItemId.newId(), command.typeCode(), command.details(), clock.now());
            dictionaries.addItem(item);
            return item;
        });
        return DictItemView.of(created);
    }

    @Override
    public DictItemView update(UpdateDictItem.Command command) {
        DictItem updated = transactions.inTransaction(() -> {
            DictItem item = findItem(command.id());
            if (item.version() != command.version()) {
                throw new VersionConflictException("dictionary item " + command.id());
            }
            item.describe(command.applyTo(item.details()), clock.now());
            return dictionaries.updateItem(item);
        });
        return DictItemView.of(updated);
    }

    @Override
    public void delete(DictItemId id) {
        transactions.inTransaction(() -> {
            DictItem item = findItem(id);
            item.delete();
            dictionaries.removeItem(item);
            return null;
        });
    }

    private DictType findType(DictTypeId id) {
        return dictionaries.findType(id).orElseThrow(() -> new NotFoundException("dictionary type " + id));
    }

    private DictItem findItem(DictItemId id) {
        return dictionaries.findItem(id).orElseThrow(() -> new NotFoundException("dictionary item " + id));
    }
}
