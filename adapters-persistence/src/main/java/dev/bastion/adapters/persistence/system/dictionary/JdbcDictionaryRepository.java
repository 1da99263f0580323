package dev.bastion.adapters.persistence.system.dictionary;

import dev.bastion.adapters.persistence.shared.ForeignKeyViolation;
import dev.bastion.adapters.persistence.shared.JdbcEventOutbox;
import dev.bastion.adapters.persistence.shared.PagedQueries;
import dev.bastion.adapters.persistence.shared.UniqueViolation;
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
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.exceptions.OptimisticLockException;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@link DictionaryRepository} on PostgreSQL. The uniqueness rules and the type an item needs are
 * the schema's constraints (V9); their violations become the domain's errors here, named by field.
 */
@Singleton
final class JdbcDictionaryRepository implements DictionaryRepository {

    private final DictTypeRowRepository types;
    private final DictItemRowRepository items;
    private final DictionaryRowMapper mapper;
    private final PagedQueries queries;
    private final JdbcEventOutbox outbox;

    JdbcDictionaryRepository(DictTypeRowRepository types, DictItemRowRepository items, DictionaryRowMapper mapper,
                             PagedQueries queries, JdbcEventOutbox outbox) {
        this.types = types;
        this.items = items;
        this.mapper = mapper;
        this.queries = queries;
        this.outbox = outbox;
    }

    @Override
    public Optional<DictType> findType(DictTypeId id) {
        return types.findById(id.value()).map(this::toType);
    }

    @Override
    public Optional<DictType> findType(DictCode code) {
        return types.findByCode(code.value()).map(this::toType);
    }

    @Override
    public Optional<DictType> lockType(DictCode code) {
        return types.findByCodeForUpdate(code.value()).map(this::toType);
    }

    @Override
    public Page<DictType> findTypes(DictTypeQuery query, PageRequest page) {
        return queries.page("dict_types", DictTypeFilter.of(query), "code ASC, id ASC", DictTypeRow.class,
                this::toType, page);
    }

    @Override
    public void addType(DictType type) {
        try {
            types.save(mapper.toRow(type.snapshot()));
        } catch (DataAccessException e) {
            throw translate(e);
        }
        outbox.appendFrom(type);
    }

    @Override
    public DictType updateType(DictType type) {
        DictType stored;
        try {
            stored = toType(types.update(mapper.toRow(type.snapshot())));
        } catch (OptimisticLockException e) {
            throw new VersionConflictException("dictionary type " + type.id());
        }
        outbox.appendFrom(type);
        return stored;
    }

    @Override
    public void removeType(DictType type) {
        try {
            if (types.removeById(type.id().value()) == 0) {
                throw new NotFoundException("dictionary type " + type.id());
            }
        } catch (DataAccessException e) {
            // an item added since its items were read (only without lockType)
            throw translate(e, () -> ConflictException.ofState("the dictionary type has items; delete them first"));
        }
        outbox.appendFrom(type);
    }

    @Override
    public Optional<DictItem> findItem(DictItemId id) {
        return items.findById(id.value()).map(this::toItem);
    }

    @Override
    public List<DictItem> findItems(DictCode typeCode) {
        return items.findOfType(typeCode.value()).stream().map(this::toItem).toList();
    }

    @Override
    public boolean hasItems(DictCode typeCode) {
        return items.existsOfType(typeCode.value());
    }

    @Override
    public void addItem(DictItem item) {
        try {
            items.save(mapper.toRow(item.snapshot()));
        } catch (DataAccessException e) {
            // its type was deleted since it was looked up
            throw translate(e, () -> new InvalidValueException("typeCode", "no such dictionary type"));
        }
        outbox.appendFrom(item);
    }

    @Override
    public DictItem updateItem(DictItem item) {
        DictItem stored;
        try {
            stored = toItem(items.update(mapper.toRow(item.snapshot())));
        } catch (OptimisticLockException e) {
            throw new VersionConflictException("dictionary item " + item.id());
        } catch (DataAccessException e) {
            throw translate(e);
        }
        outbox.appendFrom(item);
        return stored;
    }

    @Override
    public void removeItem(DictItem item) {
        if (items.removeById(item.id().value()) == 0) {
            throw new NotFoundException("dictionary item " + item.id());
        }
        outbox.appendFrom(item);
    }

    private DictType toType(DictTypeRow row) {
        return DictType.reconstitute(mapper.toSnapshot(row));
    }

    private DictItem toItem(DictItemRow row) {
        return DictItem.reconstitute(mapper.toSnapshot(row));
    }

    private static RuntimeException translate(DataAccessException failure) {
        return translate(failure, () -> failure);
    }

    /** {@code onMissingReference}: what a foreign-key violation means where it happened. */
    private static RuntimeException translate(DataAccessException failure,
                                              Supplier<RuntimeException> onMissingReference) {
        Optional<String> unique = UniqueViolation.constraintOf(failure);
        if (unique.isPresent()) {
            return switch (unique.get()) {
                case "dict_types_code_key" -> new ConflictException("code", "a dictionary type with this code exists");
                case "dict_items_type_value_key" -> new ConflictException("value",
                        "the dictionary type has an item with this value");
                case "dict_items_one_default_key" -> new ConflictException("isDefault",
                        "the dictionary type has a default item already; clear it first");
                default -> ConflictException.ofState("the dictionary clashes with an existing one");
            };
        }
        if (ForeignKeyViolation.constraintOf(failure).isPresent()) {
            return onMissingReference.get();
        }
        return failure;
    }
}
