package dev.bastion.domain.system.dictionary;

import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;

/**
 * The dictionary types and their items. Deleting removes for good: a dictionary is configuration
 * that nothing refers to by id, and its code is free again at once. The store guards what spans
 * aggregates: a type code is unique ({@code CONFLICT} on {@code code}); within a type an item value
 * is unique ({@code CONFLICT} on {@code value}) and at most one item is the default
 * ({@code CONFLICT} on {@code isDefault}); items only exist under a type that exists.
 */
public interface DictionaryRepository {

    Optional<DictType> findType(DictTypeId id);

    Optional<DictType> findType(DictCode code);

    /**
     * The type with {@code code}, held until the unit of work ends: no item is added to it
     * meanwhile (so the items read next are all it has when it is deleted).
     */
    Optional<DictType> lockType(DictCode code);

    /** A page of types matching {@code query}, by code. */
    Page<DictType> findTypes(DictTypeQuery query, PageRequest page);

    void addType(DictType type);

    /** Stores a type read earlier; a stale version is a {@code VersionConflictException}. */
    DictType updateType(DictType type);

    /**
     * Removes a type {@link DictType#delete() deleted} with no items left (its events are stored);
     * {@code NOT_FOUND} when it is already gone.
     */
    void removeType(DictType type);

    Optional<DictItem> findItem(DictItemId id);

    /** Every item of the type, disabled ones too, by sort then value. */
    List<DictItem> findItems(DictCode typeCode);

    boolean hasItems(DictCode typeCode);

    /** Stores a new item; a type that does not exist (or no longer does) is {@code typeCode} named as invalid. */
    void addItem(DictItem item);

    /** Stores an item read earlier; a stale version is a {@code VersionConflictException}. */
    DictItem updateItem(DictItem item);

    /** Removes an item {@link DictItem#delete() deleted} (its events are stored); {@code NOT_FOUND} when it is already gone. */
    void removeItem(DictItem item);
}
