package dev.bastion.adapters.messaging.shared;

import dev.bastion.domain.shared.RateLimiter;
import io.lettuce.core.ScriptOutputType;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * {@link RateLimiter} shared by every instance: one Redis counter per key and window
 * ({@code <prefix>rate:<window ms>:<window index>:<key>}), {@code INCR} and {@code PEXPIRE} in one
 * script, so one round trip per attempt.
 */
@Singleton
@Requires(condition = WithRedis.class)
final class RedisRateLimiter implements RateLimiter {

    static final LuaScript INCREMENT = LuaScript.of("""
            -- KEYS[1] counter; ARGV[1] TTL in ms (set with the first count of the window)
            local count = redis.call('INCR', KEYS[1])
            if count == 1 then
              redis.call('PEXPIRE', KEYS[1], ARGV[1])
            end
            return count
            """);

    private final RedisScripts redis;

    RedisRateLimiter(RedisScripts redis) {
        this.redis = redis;
    }

    @Override
    public Decision acquire(String key, int limit, Duration window, Instant now) {
        Objects.requireNonNull(key, "key");
        FixedWindow current = FixedWindow.of(window, now);
        Long count = redis.run(INCREMENT, ScriptOutputType.INTEGER,
                new String[] {redis.key("rate:" + current.name(key))},
                Long.toString(RedisScripts.ttlMillis(current.remaining())));
        return current.decide(count, limit);
    }
}
