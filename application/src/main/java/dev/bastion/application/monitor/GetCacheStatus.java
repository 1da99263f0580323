package dev.bastion.application.monitor;

import dev.bastion.domain.monitor.CacheStatus;

/** The cache monitor: the tier serving, Redis's essentials, Bastion's caches with their hit ratios. */
public interface GetCacheStatus {

    CacheStatus status();
}
