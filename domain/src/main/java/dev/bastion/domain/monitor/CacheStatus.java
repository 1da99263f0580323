package dev.bastion.domain.monitor;

import java.util.List;

/**
 * What the cache monitor shows: which tier serves ({@code redis} or {@code in-process}), the Redis
 * server's essentials (null in process) and Bastion's own caches on this instance.
 */
public record CacheStatus(String backend, RedisStatus redis, List<CacheStats> caches) {

    public static final String REDIS = "redis";
    public static final String IN_PROCESS = "in-process";

    public CacheStatus {
        if (!REDIS.equals(backend) && !IN_PROCESS.equals(backend)) {
            throw new IllegalArgumentException("backend: " + backend);
        }
        caches = ServerStatus.listOf(caches);
    }
}
