package dev.bastion.application.system.dictionary;

import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import dev.bastion.domain.system.dictionary.DictTypeQuery;

/** A page of dictionary types matching the filters, by code. */
public interface ListDictTypes {

    Page<DictTypeView> list(DictTypeQuery query, PageRequest page);
}
