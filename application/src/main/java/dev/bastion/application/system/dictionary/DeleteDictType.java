package dev.bastion.application.system.dictionary;

import dev.bastion.domain.system.dictionary.DictTypeId;

/**
 * Deletes a dictionary type for good. While it has items this is {@code CONFLICT}, unless
 * {@code cascade}: then the type and all its items go in one unit of work (all or nothing).
 */
public interface DeleteDictType {

    void delete(DictTypeId id, boolean cascade);
}
