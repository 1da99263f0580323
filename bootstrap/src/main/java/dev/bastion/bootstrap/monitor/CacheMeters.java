package dev.bastion.bootstrap.monitor;

import dev.bastion.adapters.messaging.shared.MonitoredCache;
import dev.bastion.adapters.messaging.shared.MonitoredCaches;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.inject.Singleton;

/**
 * The counts the cache monitor shows, on {@code /prometheus}: {@code bastion_cache_gets_total{cache,
 * result=hit|miss}} and {@code bastion_cache_entries{cache}}, one series per monitored cache, read
 * from the caches' own counters when scraped.
 */
@Singleton
final class CacheMeters implements MeterBinder {

    private final MonitoredCaches caches;

    CacheMeters(MonitoredCaches caches) {
        this.caches = caches;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (MonitoredCache cache : caches.all()) {
            FunctionCounter.builder("bastion.cache.gets", cache, MonitoredCache::hits)
                    .tags("cache", cache.name(), "result", "hit")
                    .description("Reads of one of Bastion's caches, answered from it (hit) or loaded (miss)")
                    .register(registry);
            FunctionCounter.builder("bastion.cache.gets", cache, MonitoredCache::misses)
                    .tags("cache", cache.name(), "result", "miss")
                    .description("Reads of one of Bastion's caches, answered from it (hit) or loaded (miss)")
                    .register(registry);
            Gauge.builder("bastion.cache.entries", cache, MonitoredCache::entries)
                    .tags("cache", cache.name())
                    .description("Entries one of Bastion's caches holds on this instance")
                    .register(registry);
        }
    }
}
