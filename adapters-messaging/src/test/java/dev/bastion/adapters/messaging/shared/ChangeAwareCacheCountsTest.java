package dev.bastion.adapters.messaging.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Hits and misses are counted where the cache is read; keys are those that would be served. */
class ChangeAwareCacheCountsTest {

    private final Function<String, String> load = key -> key.toUpperCase();

    @Test
    void aReadFromTheCacheIsAHitAndALoadIsAMiss() {
        ChangeAwareCache<String, String> cache = ChangeAwareCache.untilChanged(10, true);

        cache.get("a", load);
        cache.get("a", load);
        cache.get("a", load);
        cache.get("b", load);

        assertThat(cache.hits()).isEqualTo(2);
        assertThat(cache.misses()).isEqualTo(2);
        assertThat(cache.keys()).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void afterAnInvalidationTheNextReadIsAMissAndNoKeyIsServed() {
        ChangeAwareCache<String, String> cache = ChangeAwareCache.untilChanged(10, true);
        cache.get("a", load);

        cache.invalidateAll();

        assertThat(cache.keys()).isEmpty();
        cache.get("a", load);
        assertThat(cache.misses()).isEqualTo(2);
        assertThat(cache.hits()).isZero();
    }

    @Test
    void whileCachingIsStoppedEveryReadIsAMiss() {
        ChangeAwareCache<String, String> cache = ChangeAwareCache.untilChanged(10, false);

        cache.get("a", load);
        cache.get("a", load);

        assertThat(cache.misses()).isEqualTo(2);
        assertThat(cache.hits()).isZero();
        assertThat(cache.size()).isZero();
    }
}
