package dev.bastion.application.system.dictionary;

import dev.bastion.domain.shared.NotFoundException;
import dev.bastion.domain.system.dictionary.DictCode;
import dev.bastion.domain.system.dictionary.DictStatus;
import dev.bastion.domain.system.dictionary.DictType;
import dev.bastion.domain.system.dictionary.DictionaryRepository;
import java.util.Optional;

/** Serves dictionaries to front ends through this instance's {@link DictionaryCache}. */
public final class PublishedDictionariesService implements GetPublishedDictionary {

    private final DictionaryRepository dictionaries;
    private final DictionaryCache cache;

    public PublishedDictionariesService(DictionaryRepository dictionaries, DictionaryCache cache) {
        this.dictionaries = dictionaries;
        this.cache = cache;
    }

    @Override
    public PublishedDictionary published(DictCode code) {
        PublishedDictionary found = cache.get(code, this::load);
        if (found == null) {
            throw new NotFoundException("dictionary " + code);
        }
        return found;
    }

    /** The enabled items of the enabled type {@code code}; null when there is no such type. */
    private PublishedDictionary load(DictCode code) {
        Optional<DictType> type = dictionaries.findType(code).filter(DictType::isEnabled);
        if (type.isEmpty()) {
            return null;
        }
        return PublishedDictionary.of(code, dictionaries.findItems(code).stream()
                .filter(item -> item.details().status() == DictStatus.ENABLED)
                .map(DictItemView::of)
                .toList());
    }
}
