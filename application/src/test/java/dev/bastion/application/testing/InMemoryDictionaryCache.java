package dev.bastion.application.testing;

import dev.bastion.application.system.dictionary.DictionaryCache;
import dev.bastion.application.system.dictionary.PublishedDictionary;
import dev.bastion.domain.system.dictionary.DictCode;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/** {@link DictionaryCache} in a map, counting its loads (what a test of "no database once warm" asks). */
public final class InMemoryDictionaryCache implements DictionaryCache {

    private final ConcurrentMap<DictCode, PublishedDictionary> entries = new ConcurrentHashMap<>();
    private final AtomicInteger loads = new AtomicInteger();

    @Override
    public PublishedDictionary get(DictCode code, Function<DictCode, PublishedDictionary> load) {
        PublishedDictionary cached = entries.get(code);
        if (cached != null) {
            return cached;
        }
        loads.incrementAndGet();
        PublishedDictionary loaded = load.apply(code);
        if (loaded != null) {
            entries.put(code, loaded);
        }
        return loaded;
    }

    @Override
    public void invalidateAll() {
        entries.clear();
    }

    /** How many times a value was loaded. */
    public int loads() {
        return loads.get();
    }
}
