package dev.bastion.adapters.messaging.monitor;

import dev.bastion.adapters.messaging.shared.MonitoredCaches;
import dev.bastion.adapters.messaging.shared.WithoutRedis;
import dev.bastion.domain.monitor.CacheKeys;
import dev.bastion.domain.monitor.CacheMonitor;
import dev.bastion.domain.monitor.CacheStatus;
import dev.bastion.domain.monitor.KeyPrefix;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * The cache monitor without Redis: one instance, so its own caches are all there is. Keys are those
 * of Bastion's caches, named {@code <cache>:<key>} (the prefix applies to that name), and a clear
 * empties the cache here.
 */
@Singleton
@Requires(condition = WithoutRedis.class)
final class InProcessCacheMonitor implements CacheMonitor {

    private final MonitoredCaches caches;

    InProcessCacheMonitor(MonitoredCaches caches) {
        this.caches = caches;
    }

    @Override
    public CacheStatus status() {
        return new CacheStatus(CacheStatus.IN_PROCESS, null, caches.stats());
    }

    @Override
    public CacheKeys keys(KeyPrefix prefix, int limit) {
        List<String> keys = caches.all().stream()
                .flatMap(cache -> cache.keys().map(key -> cache.name() + ":" + key))
                .filter(prefix::matches)
                .sorted()
                .limit(limit + 1L)
                .toList();
        boolean truncated = keys.size() > limit;
        return new CacheKeys(CacheStatus.IN_PROCESS, prefix.value(), limit,
                truncated ? keys.subList(0, limit) : keys, truncated);
    }

    @Override
    public void clearEverywhere(String name) {
        caches.require(name).invalidateAll();
    }
}
