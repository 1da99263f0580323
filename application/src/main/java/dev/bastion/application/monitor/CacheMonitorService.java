package dev.bastion.application.monitor;

import dev.bastion.domain.monitor.CacheKeys;
import dev.bastion.domain.monitor.CacheName;
import dev.bastion.domain.monitor.CacheMonitor;
import dev.bastion.domain.monitor.CacheStatus;
import dev.bastion.domain.monitor.KeyPrefix;
import java.util.Objects;

public final class CacheMonitorService implements GetCacheStatus, ListCacheKeys, ClearCache {

    private final CacheMonitor caches;

    public CacheMonitorService(CacheMonitor caches) {
        this.caches = Objects.requireNonNull(caches, "caches");
    }

    @Override
    public CacheStatus status() {
        return caches.status();
    }

    @Override
    public CacheKeys keys(KeyPrefix prefix) {
        return caches.keys(Objects.requireNonNull(prefix, "prefix"), CacheKeys.MAX_KEYS);
    }

    @Override
    public void clear(CacheName name) {
        caches.clearEverywhere(Objects.requireNonNull(name, "name").value());
    }
}
