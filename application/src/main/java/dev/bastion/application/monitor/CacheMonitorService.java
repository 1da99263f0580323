package dev.bastion.application.monitor;

import dev.bastion.domain.monitor.CacheKeys;
import dev.bastion.domain.monitor.CacheMonitor;
import dev.bastion.domain.monitor.CacheStatus;
import dev.bastion.domain.monitor.KeyPrefix;
import dev.bastion.domain.shared.NotFoundException;
import java.util.Objects;

public final class CacheMonitorService implements GetCacheStatus, ListCacheKeys, ClearCache {

    /** The longest cache name there is; a longer one is not looked up (and not echoed at length). */
    static final int MAX_NAME_LENGTH = 64;

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
    public void clear(String name) {
        Objects.requireNonNull(name, "name");
        if (name.length() > MAX_NAME_LENGTH) {
            throw new NotFoundException("cache '" + name.substring(0, MAX_NAME_LENGTH) + "…'");
        }
        caches.clearEverywhere(name);
    }
}
