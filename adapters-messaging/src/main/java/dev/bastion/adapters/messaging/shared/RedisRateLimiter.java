package dev.bastion.adapters.messaging.shared;

import dev.bastion.domain.shared.RateLimiter;
import io.lettuce.core.ScriptOutputType;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;

/** {@link RateLimiter} on Redis: one INCR per attempt in a fixed window, shared by every instance. */
@Singleton
@Requires(property = "redis.uri")
final class RedisRateLimiter implements RateLimiter {

    private static final RedisScript COUNT = new RedisScript("""
            local count = redis.call('INCR', KEYS[1])
            if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
            return count""");

    private final Redis redis;
    private final RedisKeys keys;

    RedisRateLimiter(Redis redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    @Override
    public Decision acquire(String key, int limit, Duration window, Instant now) {
        long size = window.toMillis();
        long index = now.toEpochMilli() / size;
        Long count = redis.call(commands -> COUNT.run(commands, ScriptOutputType.INTEGER,
                new String[] {keys.key("rate", key, Long.toString(index))}, Long.toString(size * 2)));
        return count <= limit
                ? Decision.allow()
                : Decision.refuse(Duration.ofMillis(Math.max(1, (index + 1) * size - now.toEpochMilli())));
    }
}
