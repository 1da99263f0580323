package dev.bastion.application.system.dictionary;

import dev.bastion.domain.system.dictionary.DictTypeId;

/** One dictionary type; {@code NOT_FOUND} when there is none. */
public interface GetDictType {

    DictTypeView get(DictTypeId id);
}
