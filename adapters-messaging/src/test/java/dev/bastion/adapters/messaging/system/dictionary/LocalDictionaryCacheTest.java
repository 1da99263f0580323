package dev.bastion.adapters.messaging.system.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.adapters.messaging.shared.CacheBackend;
import dev.bastion.application.system.dictionary.PublishedDictionary;
import dev.bastion.domain.system.dictionary.DictCode;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class LocalDictionaryCacheTest {

    private static final DictCode COLOUR = new DictCode("colour");
    private static final PublishedDictionary EMPTY = PublishedDictionary.of(COLOUR, List.of());

    private final AtomicInteger loads = new AtomicInteger();

    private Function<DictCode, PublishedDictionary> loading(PublishedDictionary dictionary) {
        return code -> {
            loads.incrementAndGet();
            return dictionary;
        };
    }

    @Test
    void without_redis_it_caches_from_the_start_until_invalidated() {
        LocalDictionaryCache cache = new LocalDictionaryCache(new CacheBackend(null));

        for (int i = 0; i < 3; i++) {
            assertThat(cache.get(COLOUR, loading(EMPTY))).isSameAs(EMPTY);
        }
        assertThat(loads).hasValue(1);

        cache.invalidateAll();
        cache.get(COLOUR, loading(EMPTY));
        assertThat(loads).hasValue(2);
    }

    @Test
    void an_unknown_dictionary_is_not_cached() {
        LocalDictionaryCache cache = new LocalDictionaryCache(new CacheBackend(null));

        assertThat(cache.get(COLOUR, loading(null))).isNull();
        cache.get(COLOUR, loading(null));

        assertThat(loads).hasValue(2);
    }

    @Test
    void with_redis_it_caches_only_while_the_subscription_to_changes_is_up() {
        LocalDictionaryCache cache = new LocalDictionaryCache(new CacheBackend("redis://localhost:6379"));

        cache.get(COLOUR, loading(EMPTY));
        cache.get(COLOUR, loading(EMPTY));
        assertThat(loads).as("not subscribed yet").hasValue(2);

        cache.startCaching();
        cache.get(COLOUR, loading(EMPTY));
        cache.get(COLOUR, loading(EMPTY));
        assertThat(loads).hasValue(3);

        cache.stopCaching();
        cache.get(COLOUR, loading(EMPTY));
        assertThat(loads).hasValue(4);
    }

    @Test
    void the_cache_monitor_sees_its_entries_hits_misses_and_keys_and_a_clear_channel_of_its_own() {
        LocalDictionaryCache cache = new LocalDictionaryCache(new CacheBackend(null));
        cache.get(COLOUR, loading(EMPTY));
        cache.get(COLOUR, loading(EMPTY));

        assertThat(cache.name()).isEqualTo("dictionaries");
        assertThat(cache.channel()).isEqualTo("cache-cleared:dictionaries");
        assertThat(cache.entries()).isEqualTo(1);
        assertThat(cache.hits()).isEqualTo(1);
        assertThat(cache.misses()).isEqualTo(1);
        assertThat(cache.keys()).containsExactly("colour");
    }
}
