package dev.bastion.adapters.messaging.system.dictionary;

import dev.bastion.adapters.messaging.shared.CacheBackend;
import dev.bastion.adapters.messaging.shared.ChangeAwareCache;
import dev.bastion.adapters.messaging.shared.CachesOnChannel;
import dev.bastion.adapters.messaging.shared.MonitoredCache;
import dev.bastion.application.system.dictionary.DictionaryCache;
import dev.bastion.application.system.dictionary.PublishedDictionary;
import dev.bastion.domain.system.dictionary.DictCode;
import jakarta.inject.Singleton;
import java.util.Objects;
import java.util.function.Function;

/**
 * {@link DictionaryCache} in this instance's memory (Caffeine, through {@link ChangeAwareCache}),
 * with or without Redis. Entries have no time to live: they go when a dictionary event is heard
 * ({@code DictionaryCacheInvalidation}), on every instance. With Redis, nothing is cached while
 * the subscription to changes is down (a change made meanwhile would go unheard).
 */
@Singleton
final class LocalDictionaryCache extends CachesOnChannel implements DictionaryCache, MonitoredCache.OverOneCache {

    static final String NAME = "dictionaries";

    /** Dictionaries kept at most; a product has tens, this only bounds memory against many unknown codes. */
    static final long MAXIMUM_DICTIONARIES = 1_000;

    private final ChangeAwareCache<DictCode, PublishedDictionary> entries;

    LocalDictionaryCache(CacheBackend backend) {
        this(ChangeAwareCache.untilChanged(MAXIMUM_DICTIONARIES, !backend.usesRedis()));
    }

    private LocalDictionaryCache(ChangeAwareCache<DictCode, PublishedDictionary> entries) {
        super(MonitoredCache.clearedChannel(NAME), entries);
        this.entries = entries;
    }

    @Override
    public PublishedDictionary get(DictCode code, Function<DictCode, PublishedDictionary> load) {
        Objects.requireNonNull(code, "code");
        return entries.get(code, load);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Published dictionaries (GET /dict-types/{code}/items), by code";
    }

    @Override
    public ChangeAwareCache<?, ?> monitoredEntries() {
        return entries;
    }
}
