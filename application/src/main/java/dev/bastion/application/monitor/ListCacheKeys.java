package dev.bastion.application.monitor;

import dev.bastion.domain.monitor.CacheKeys;
import dev.bastion.domain.monitor.KeyPrefix;

/** Key names under a prefix, at most {@link CacheKeys#MAX_KEYS}, saying when there are more. */
public interface ListCacheKeys {

    CacheKeys keys(KeyPrefix prefix);
}
