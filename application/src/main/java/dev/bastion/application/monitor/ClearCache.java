package dev.bastion.application.monitor;

import dev.bastion.domain.monitor.CacheName;

/** Empties one of Bastion's caches on every instance; an unknown name is not found. */
public interface ClearCache {

    void clear(CacheName name);
}
