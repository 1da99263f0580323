package dev.bastion.adapters.messaging.identity.signin;

import dev.bastion.adapters.messaging.shared.EpochMillisText;
import dev.bastion.adapters.messaging.shared.LuaScript;
import dev.bastion.adapters.messaging.shared.RedisScripts;
import dev.bastion.adapters.messaging.shared.WithRedis;
import dev.bastion.domain.identity.LoginThrottle;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link LoginThrottle} shared by every instance. Per login: {@code <prefix>login-failures:<login>},
 * a hash {start, count} changed by one script per failure; {@code <prefix>login-lock:<login>}, the
 * lock's end as {@link EpochMillisText}. One round trip per call; decisions by the domain clock.
 */
@Singleton
@Requires(condition = WithRedis.class)
final class RedisLoginThrottle implements LoginThrottle {

    /**
     * KEYS: failures hash. ARGV: now, now minus the window (exact, from Java: the stored window
     * goes on while its start is after this), TTL ms. Returns the count in the current window.
     */
    static final LuaScript RECORD_FAILURE = LuaScript.of("""
            local start = redis.call('HGET', KEYS[1], 'start')
            if start and tonumber(start) > tonumber(ARGV[2]) then
              return redis.call('HINCRBY', KEYS[1], 'count', 1)
            end
            redis.call('HSET', KEYS[1], 'start', ARGV[1], 'count', 1)
            redis.call('PEXPIRE', KEYS[1], ARGV[3])
            return 1
            """);

    private final RedisScripts redis;
    private final LatestNow latestNow = new LatestNow();

    RedisLoginThrottle(RedisScripts redis) {
        this.redis = redis;
    }

    @Override
    public int recordFailure(String login, Duration window, Instant now) {
        Objects.requireNonNull(window, "window");
        latestNow.saw(now);
        Long count = redis.run(RECORD_FAILURE, ScriptOutputType.INTEGER, new String[] {failuresKey(login)},
                EpochMillisText.format(now), EpochMillisText.format(now.minus(window)),
                Long.toString(RedisScripts.ttlMillis(window)));
        return Math.toIntExact(count);
    }

    @Override
    public void lock(String login, Instant until) {
        Objects.requireNonNull(until, "until");
        redis.commands().set(lockKey(login), EpochMillisText.format(until),
                SetArgs.Builder.px(RedisScripts.ttlMillis(latestNow.until(until))));
    }

    @Override
    public Optional<Instant> lockedUntil(String login, Instant now) {
        latestNow.saw(now);
        String stored = redis.commands().get(lockKey(login));
        if (stored == null) {
            return Optional.empty();
        }
        Instant until = EpochMillisText.parse(stored);
        return now.isBefore(until) ? Optional.of(until) : Optional.empty();
    }

    @Override
    public void reset(String login) {
        redis.commands().del(failuresKey(login), lockKey(login));
    }

    private String failuresKey(String login) {
        return redis.key("login-failures:" + Objects.requireNonNull(login, "login"));
    }

    private String lockKey(String login) {
        return redis.key("login-lock:" + Objects.requireNonNull(login, "login"));
    }
}
