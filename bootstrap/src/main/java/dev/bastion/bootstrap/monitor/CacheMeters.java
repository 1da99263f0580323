package dev.bastion.bootstrap.monitor;

import dev.bastion.adapters.messaging.shared.MonitoredCache;
import dev.bastion.adapters.messaging.shared.MonitoredCaches;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;

/**
 * The counts the cache monitor shows, on {@code /prometheus}: {@code bastion_cache_gets_total{cache,
 * result=hit|miss}} and {@code bastion_cache_entries{cache}}, one series per monitored cache, read
 * from the caches' own counters when scraped.
 *
 * <p>Registered once the application has started, not as a {@code MeterBinder}: a binder is built
 * with the meter registry, and the caches (through the sign-in policies, which read the database)
 * need the connection pool, which itself registers its meters with that registry.
 */
@Singleton
@Requires(beans = MeterRegistry.class)
final class CacheMeters implements ApplicationEventListener<StartupEvent> {

    private final BeanProvider<MeterRegistry> registry;
    private final BeanProvider<MonitoredCaches> caches;

    CacheMeters(BeanProvider<MeterRegistry> registry, BeanProvider<MonitoredCaches> caches) {
        this.registry = registry;
        this.caches = caches;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        bindTo(registry.get(), caches.get());
    }

    static void bindTo(MeterRegistry registry, MonitoredCaches caches) {
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
