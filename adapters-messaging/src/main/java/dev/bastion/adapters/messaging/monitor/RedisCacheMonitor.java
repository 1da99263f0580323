package dev.bastion.adapters.messaging.monitor;

import dev.bastion.adapters.messaging.shared.ChangeAnnouncer;
import dev.bastion.adapters.messaging.shared.MonitoredCaches;
import dev.bastion.adapters.messaging.shared.RedisScripts;
import dev.bastion.adapters.messaging.shared.WithRedis;
import dev.bastion.domain.monitor.CacheKeys;
import dev.bastion.domain.monitor.CacheMonitor;
import dev.bastion.domain.monitor.CacheStatus;
import dev.bastion.domain.monitor.KeyPrefix;
import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.api.sync.RedisCommands;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The cache monitor with Redis: {@code INFO} and {@code INFO commandstats} (two round trips), this
 * instance's caches, key names by {@code SCAN} (never {@code KEYS}, which blocks Redis), and a clear
 * told to every instance on the cache's channel ({@link ChangeAnnouncer}: returns once every
 * instance has emptied it, or after at most two seconds).
 */
@Singleton
@Requires(condition = WithRedis.class)
final class RedisCacheMonitor implements CacheMonitor {

    /** Keys Redis looks at per {@code SCAN} call. */
    static final int SCAN_COUNT = 1_000;
    /** {@code SCAN} calls at most per listing: a prefix matching little in a large keyspace stops here. */
    static final int SCAN_CALLS = 100;

    private final RedisScripts redis;
    private final MonitoredCaches caches;
    private final ChangeAnnouncer announcer;

    RedisCacheMonitor(RedisScripts redis, MonitoredCaches caches, ChangeAnnouncer announcer) {
        this.redis = redis;
        this.caches = caches;
        this.announcer = announcer;
    }

    @Override
    public CacheStatus status() {
        RedisCommands<String, String> commands = redis.commands();
        return new CacheStatus(CacheStatus.REDIS, RedisInfo.parse(commands.info(), commands.info("commandstats")),
                caches.stats());
    }

    @Override
    public CacheKeys keys(KeyPrefix prefix, int limit) {
        RedisCommands<String, String> commands = redis.commands();
        // the prefix holds no glob character (KeyPrefix refuses them), so it matches literally
        ScanArgs args = ScanArgs.Builder.matches(prefix.value() + "*").limit(SCAN_COUNT);
        TreeSet<String> found = new TreeSet<>();
        ScanCursor cursor = ScanCursor.INITIAL;
        int calls = 0;
        boolean finished = false;
        while (calls < SCAN_CALLS && found.size() <= limit) {
            KeyScanCursor<String> page = commands.scan(cursor, args);
            calls++;
            found.addAll(page.getKeys());
            if (page.isFinished()) {
                finished = true;
                break;
            }
            cursor = page;
        }
        List<String> keys = new ArrayList<>(found);
        boolean truncated = !finished || keys.size() > limit;
        return new CacheKeys(CacheStatus.REDIS, prefix.value(), limit,
                keys.size() > limit ? keys.subList(0, limit) : keys, truncated);
    }

    @Override
    public void clearEverywhere(String name) {
        announcer.announce(caches.require(name));
    }
}
