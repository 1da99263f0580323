package dev.bastion.application.system.dictionary;

import dev.bastion.domain.system.dictionary.DictItemId;

/** Deletes an item for good; {@code NOT_FOUND} when there is none. */
public interface DeleteDictItem {

    void delete(DictItemId id);
}
