package dev.bastion.adapters.messaging.identity;

import dev.bastion.adapters.messaging.shared.Redis;
import dev.bastion.adapters.messaging.shared.RedisKeys;
import dev.bastion.adapters.messaging.shared.RedisScript;
import dev.bastion.domain.identity.LoginThrottle;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * {@link LoginThrottle} on Redis, shared by every instance. Decisions use the domain's clock
 * (the {@code now} passed in); key expiry only cleans up.
 */
@Singleton
@Requires(property = "redis.uri")
final class RedisLoginThrottle implements LoginThrottle {

    private static final long MARGIN_MS = Duration.ofDays(1).toMillis();
    private static final RedisScript FAILURE = new RedisScript("""
            local start = tonumber(redis.call('HGET', KEYS[1], 'start'))
            local now = tonumber(ARGV[1])
            local count
            if start == nil or now >= start + tonumber(ARGV[2]) then
              redis.call('HSET', KEYS[1], 'start', ARGV[1], 'count', 1)
              count = 1
            else
              count = redis.call('HINCRBY', KEYS[1], 'count', 1)
            end
            redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[2]) + tonumber(ARGV[3]))
            return count""");

    private final Redis redis;
    private final RedisKeys keys;

    RedisLoginThrottle(Redis redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    @Override
    public int recordFailure(String login, Duration window, Instant now) {
        Long count = redis.call(commands -> FAILURE.run(commands, ScriptOutputType.INTEGER,
                new String[] {failures(login)}, Long.toString(now.toEpochMilli()), Long.toString(window.toMillis()),
                Long.toString(MARGIN_MS)));
        return count.intValue();
    }

    @Override
    public void lock(String login, Instant until) {
        long ttl = Math.max(1, until.toEpochMilli() - System.currentTimeMillis()) + MARGIN_MS;
        redis.call(commands -> commands.set(lockKey(login), Long.toString(until.toEpochMilli()), SetArgs.Builder.px(ttl)));
    }

    @Override
    public Optional<Instant> lockedUntil(String login, Instant now) {
        String until = redis.call(commands -> commands.get(lockKey(login)));
        if (until == null) {
            return Optional.empty();
        }
        Instant end = Instant.ofEpochMilli(Long.parseLong(until));
        return now.isBefore(end) ? Optional.of(end) : Optional.empty();
    }

    @Override
    public void reset(String login) {
        redis.call(commands -> commands.del(failures(login), lockKey(login)));
    }

    private String failures(String login) {
        return keys.key("login-failures", login);
    }

    private String lockKey(String login) {
        return keys.key("login-lock", login);
    }
}
