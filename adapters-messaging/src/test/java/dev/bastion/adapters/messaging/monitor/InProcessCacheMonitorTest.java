package dev.bastion.adapters.messaging.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.adapters.messaging.shared.MonitoredCache;
import dev.bastion.adapters.messaging.shared.MonitoredCaches;
import dev.bastion.domain.monitor.CacheKeys;
import dev.bastion.domain.monitor.CacheStats;
import dev.bastion.domain.monitor.CacheStatus;
import dev.bastion.domain.monitor.KeyPrefix;
import dev.bastion.domain.shared.NotFoundException;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class InProcessCacheMonitorTest {

    private final AtomicLong held = new AtomicLong(1);
    private final MonitoredCache policies = MonitoredCache.of("sign-in-policies", "one value", held::get, () -> 4,
            () -> 1, () -> held.set(0));
    private final MonitoredCache other = MonitoredCache.of("another", "another value", () -> 0, () -> 0, () -> 0,
            () -> { });
    private final InProcessCacheMonitor monitor = new InProcessCacheMonitor(new MonitoredCaches(List.of(policies, other)));

    @Test
    void theStatusListsTheCachesByNameWithoutRedis() {
        CacheStatus status = monitor.status();

        assertThat(status.backend()).isEqualTo("in-process");
        assertThat(status.redis()).isNull();
        assertThat(status.caches()).containsExactly(CacheStats.of("another", "another value", 0, 0, 0),
                CacheStats.of("sign-in-policies", "one value", 1, 4, 1));
        assertThat(status.caches().get(1).hitRatio()).isEqualTo(80.0);
    }

    @Test
    void keysAreTheCachesKeysUnderTheirCachesName() {
        assertThat(monitor.keys(KeyPrefix.of(""), 10).keys()).containsExactly("sign-in-policies:current");
        assertThat(monitor.keys(KeyPrefix.of("sign-in"), 10).keys()).containsExactly("sign-in-policies:current");
        assertThat(monitor.keys(KeyPrefix.of("access"), 10).keys()).isEmpty();
    }

    @Test
    void aListingOverTheLimitSaysItIsTruncated() {
        CacheKeys none = monitor.keys(KeyPrefix.of(""), 0);

        assertThat(none.keys()).isEmpty();
        assertThat(none.truncated()).isTrue();
        assertThat(monitor.keys(KeyPrefix.of(""), 1).truncated()).isFalse();
    }

    @Test
    void aClearEmptiesTheNamedCacheAndAnUnknownNameIsNotFound() {
        monitor.clearEverywhere("sign-in-policies");

        assertThat(held.get()).isZero();
        assertThatThrownBy(() -> monitor.clearEverywhere("nope")).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("'nope'");
    }

    @Test
    void twoCachesMayNotShareAName() {
        assertThatThrownBy(() -> new MonitoredCaches(List.of(policies, policies)))
                .isInstanceOf(IllegalStateException.class);
    }
}
