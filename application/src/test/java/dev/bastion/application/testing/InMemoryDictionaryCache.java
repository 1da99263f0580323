package dev.bastion.application.testing;

import dev.bastion.application.system.dictionary.DictionaryCache;
import dev.bastion.application.system.dictionary.PublishedDictionary;
import dev.bastion.domain.system.dictionary.DictCode;

/** {@link DictionaryCache} in a map, counting its loads (what a test of "no database once warm" asks). */
public final class InMemoryDictionaryCache extends InMemoryLoadingCache<DictCode, PublishedDictionary>
        implements DictionaryCache {
}
