package dev.bastion.application.testing;

import dev.bastion.domain.shared.ConflictException;
import dev.bastion.domain.shared.InvalidValueException;
import dev.bastion.domain.shared.NotFoundException;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import dev.bastion.domain.shared.VersionConflictException;
import dev.bastion.domain.system.dictionary.DictCode;
import dev.bastion.domain.system.dictionary.DictItem;
import dev.bastion.domain.system.dictionary.DictItemId;
import dev.bastion.domain.system.dictionary.DictItemSnapshot;
import dev.bastion.domain.system.dictionary.DictType;
import dev.bastion.domain.system.dictionary.DictTypeId;
import dev.bastion.domain.system.dictionary.DictTypeQuery;
import dev.bastion.domain.system.dictionary.DictTypeSnapshot;
import dev.bastion.domain.system.dictionary.DictionaryRepository;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Dictionary types and items in maps, guarding what the schema's constraints guard in PostgreSQL
 * (unique code, unique value and one default per type, items only under a type). Empty at the
 * start: the seeded dictionaries are the migration's.
 */
public final class InMemoryDictionaryRepository implements DictionaryRepository {

    private static final Comparator<DictItemSnapshot> ITEM_ORDER = Comparator
            .comparingInt((DictItemSnapshot s) -> s.details().sort())
            .thenComparing(s -> s.details().value())
            .thenComparing(s -> s.id().value());

    private final Map<DictTypeId, DictTypeSnapshot> types = new LinkedHashMap<>();
    private final Map<DictItemId, DictItemSnapshot> items = new LinkedHashMap<>();
    private InMemoryEventOutbox outbox = new InMemoryEventOutbox();

    /** The outbox this fake appends the events of what it stores to (by default one nobody reads). */
    public InMemoryDictionaryRepository sendingEventsTo(InMemoryEventOutbox outbox) {
        this.outbox = outbox;
        return this;
    }

    @Override
    public synchronized Optional<DictType> findType(DictTypeId id) {
        return Optional.ofNullable(types.get(id)).map(DictType::reconstitute);
    }

    @Override
    public synchronized Optional<DictType> findType(DictCode code) {
        return types.values().stream().filter(t -> t.code().equals(code)).findFirst().map(DictType::reconstitute);
    }

    @Override
    public Optional<DictType> lockType(DictCode code) {
        return findType(code);
    }

    @Override
    public synchronized Page<DictType> findTypes(DictTypeQuery query, PageRequest page) {
        List<DictTypeSnapshot> matching = types.values().stream()
                .filter(t -> query.codePrefix() == null
                        || t.code().value().startsWith(query.codePrefix().toLowerCase(Locale.ROOT)))
                .filter(t -> query.nameContains() == null || t.details().name().toLowerCase(Locale.ROOT)
                        .contains(query.nameContains().toLowerCase(Locale.ROOT)))
                .filter(t -> query.status() == null || t.details().status() == query.status())
                .sorted(Comparator.comparing((DictTypeSnapshot t) -> t.code().value()))
                .toList();
        List<DictType> slice = matching.stream().skip(page.offset()).limit(page.size())
                .map(DictType::reconstitute).toList();
        return Page.of(slice, matching.size(), page);
    }

    @Override
    public synchronized void addType(DictType type) {
        if (findType(type.code()).isPresent()) {
            throw new ConflictException("code", "a dictionary type with this code exists");
        }
        types.put(type.id(), type.snapshot());
        outbox.append(type.pullEvents());
    }

    @Override
    public synchronized DictType updateType(DictType type) {
        DictTypeSnapshot stored = types.get(type.id());
        if (stored == null || stored.version() != type.version()) {
            throw new VersionConflictException("dictionary type " + type.id());
        }
        DictTypeSnapshot s = type.snapshot();
        DictTypeSnapshot next = new DictTypeSnapshot(s.id(), s.code(), s.details(), s.version() + 1, s.createdAt(),
                s.updatedAt());
        types.put(type.id(), next);
        outbox.append(type.pullEvents());
        return DictType.reconstitute(next);
    }

    @Override
    public synchronized void removeType(DictType type) {
        if (hasItems(type.code())) {
            throw ConflictException.ofState("the dictionary type has items; delete them first");
        }
        if (types.remove(type.id()) == null) {
            throw new NotFoundException("dictionary type " + type.id());
        }
        outbox.append(type.pullEvents());
    }

    @Override
    public synchronized Optional<DictItem> findItem(DictItemId id) {
        return Optional.ofNullable(items.get(id)).map(DictItem::reconstitute);
    }

    @Override
    public synchronized List<DictItem> findItems(DictCode typeCode) {
        return items.values().stream().filter(i -> i.typeCode().equals(typeCode)).sorted(ITEM_ORDER)
                .map(DictItem::reconstitute).toList();
    }

    @Override
    public synchronized boolean hasItems(DictCode typeCode) {
        return items.values().stream().anyMatch(i -> i.typeCode().equals(typeCode));
    }

    @Override
    public synchronized void addItem(DictItem item) {
        if (findType(item.typeCode()).isEmpty()) {
            throw new InvalidValueException("typeCode", "no such dictionary type");
        }
        requireUnique(item.snapshot());
        items.put(item.id(), item.snapshot());
        outbox.append(item.pullEvents());
    }

    @Override
    public synchronized DictItem updateItem(DictItem item) {
        DictItemSnapshot stored = items.get(item.id());
        if (stored == null || stored.version() != item.version()) {
            throw new VersionConflictException("dictionary item " + item.id());
        }
        DictItemSnapshot s = item.snapshot();
        requireUnique(s);
        DictItemSnapshot next = new DictItemSnapshot(s.id(), s.typeCode(), s.details(), s.version() + 1,
                s.createdAt(), s.updatedAt());
        items.put(item.id(), next);
        outbox.append(item.pullEvents());
        return DictItem.reconstitute(next);
    }

    @Override
    public synchronized void removeItem(DictItem item) {
        if (items.remove(item.id()) == null) {
            throw new NotFoundException("dictionary item " + item.id());
        }
        outbox.append(item.pullEvents());
    }

    private void requireUnique(DictItemSnapshot item) {
        for (DictItemSnapshot other : items.values()) {
            if (other.id().equals(item.id()) || !other.typeCode().equals(item.typeCode())) {
                continue;
            }
            if (Objects.equals(other.details().value(), item.details().value())) {
                throw new ConflictException("value", "the dictionary type has an item with this value");
            }
            if (other.details().isDefault() && item.details().isDefault()) {
                throw new ConflictException("isDefault", "the dictionary type has a default item already");
            }
        }
    }
}
