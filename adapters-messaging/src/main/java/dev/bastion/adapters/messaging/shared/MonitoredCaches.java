package dev.bastion.adapters.messaging.shared;

import dev.bastion.domain.monitor.CacheStats;
import dev.bastion.domain.shared.NotFoundException;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Every {@link MonitoredCache} of this instance, by name. */
@Singleton
public final class MonitoredCaches {

    private final List<MonitoredCache> caches;

    public MonitoredCaches(List<MonitoredCache> caches) {
        this.caches = caches.stream().sorted(Comparator.comparing(MonitoredCache::name)).toList();
        long distinct = this.caches.stream().map(MonitoredCache::name).distinct().count();
        if (distinct != this.caches.size()) {
            throw new IllegalStateException("two monitored caches share a name: " + this.caches.stream()
                    .map(MonitoredCache::name).toList());
        }
    }

    public List<MonitoredCache> all() {
        return caches;
    }

    public Optional<MonitoredCache> named(String name) {
        return caches.stream().filter(cache -> cache.name().equals(name)).findFirst();
    }

    /** The cache {@code name}, or a not-found naming it. */
    public MonitoredCache require(String name) {
        return named(name).orElseThrow(() -> new NotFoundException("cache '" + name + "'"));
    }

    public List<CacheStats> stats() {
        return caches.stream()
                .map(cache -> CacheStats.of(cache.name(), cache.description(), cache.entries(), cache.hits(),
                        cache.misses()))
                .toList();
    }
}
