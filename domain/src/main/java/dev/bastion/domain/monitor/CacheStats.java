package dev.bastion.domain.monitor;

import java.util.Objects;

/**
 * One of Bastion's caches on this instance: entries held now, reads answered from it (hits) and
 * reads that had to load (misses) since start, and hits over all reads in percent (null before the
 * first read).
 */
public record CacheStats(String name, String description, long entries, long hits, long misses, Double hitRatio) {

    public CacheStats {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
    }

    public static CacheStats of(String name, String description, long entries, long hits, long misses) {
        return new CacheStats(name, description, entries, hits, misses, ServerStatus.percent(hits, hits + misses));
    }
}
