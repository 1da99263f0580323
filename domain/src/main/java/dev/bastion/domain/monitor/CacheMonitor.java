package dev.bastion.domain.monitor;

/**
 * The cache tier as an operator sees it: Redis (or the in-process twins) and Bastion's own caches,
 * which it can also empty. A Redis that does not answer is an {@code UnavailableException}.
 */
public interface CacheMonitor {

    CacheStatus status();

    /**
     * Key names starting with {@code prefix}, at most {@code limit}: in Redis, found with {@code SCAN}
     * (never {@code KEYS}); in process, the keys of Bastion's caches as {@code <cache>:<key>}.
     */
    CacheKeys keys(KeyPrefix prefix, int limit);

    /**
     * Empties Bastion's cache {@code name} on every instance, returning once all have done so (or
     * after a short wait); an unknown name is a {@code NotFoundException} naming it.
     */
    void clearEverywhere(String name);
}
