package dev.bastion.adapters.messaging.identity.signin;

import dev.bastion.adapters.messaging.shared.EpochMillisText;
import dev.bastion.adapters.messaging.shared.LuaScript;
import dev.bastion.adapters.messaging.shared.RedisScripts;
import dev.bastion.adapters.messaging.shared.WithRedis;
import dev.bastion.domain.identity.LoginThrottle;
import io.lettuce.core.ScriptOutputType;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link LoginThrottle} shared by every instance. Per login: {@code <prefix>login-failures:<login>},
 * a hash {start, count} changed by one script per failure; {@code <prefix>login-lock:<login>}, the
 * lock's end as {@link EpochMillisText}; {@code <prefix>login-locks}, a sorted set of the locked
 * logins scored by the lock's end, so that counting the locks in force is one {@code ZCOUNT}
 * (monitoring) rather than a scan of the keys. One round trip per call; decisions by the domain
 * clock.
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

    /**
     * KEYS: lock key, locks index. ARGV: lock end (epoch ms text), TTL ms, login, latest known
     * domain time (or empty). Sets the lock and indexes it; drops index entries that ended before
     * the latest known domain time, so the index stays as small as the locks in force.
     */
    static final LuaScript LOCK = LuaScript.of("""
            redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
            redis.call('ZADD', KEYS[2], ARGV[1], ARGV[3])
            if ARGV[4] ~= '' then redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', '(' .. ARGV[4]) end
            return 1
            """);

    /** KEYS: failures hash, lock key, locks index. ARGV: login. */
    static final LuaScript RESET = LuaScript.of("""
            redis.call('DEL', KEYS[1], KEYS[2])
            redis.call('ZREM', KEYS[3], ARGV[1])
            return 1
            """);

    /**
     * KEYS: locks index. ARGV: now (epoch ms text). Drops the locks that ended at or before now
     * (a lock holds while now is before its end), then counts the rest.
     */
    static final LuaScript COUNT_LOCKED = LuaScript.of("""
            redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
            return redis.call('ZCARD', KEYS[1])
            """);

    private final RedisScripts redis;
    private final LatestNow latestNow = new LatestNow();
    private final String locksIndex;

    RedisLoginThrottle(RedisScripts redis) {
        this.redis = redis;
        this.locksIndex = redis.key("login-locks");
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
        redis.run(LOCK, ScriptOutputType.INTEGER, new String[] {lockKey(login), locksIndex},
                EpochMillisText.format(until), Long.toString(RedisScripts.ttlMillis(latestNow.until(until))), login,
                latestNow.latest().map(EpochMillisText::format).orElse(""));
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
        redis.run(RESET, ScriptOutputType.INTEGER, new String[] {failuresKey(login), lockKey(login), locksIndex}, login);
    }

    @Override
    public long countLocked(Instant now) {
        Long count = redis.run(COUNT_LOCKED, ScriptOutputType.INTEGER, new String[] {locksIndex},
                EpochMillisText.format(now));
        return count == null ? 0 : count;
    }

    private String failuresKey(String login) {
        return redis.key("login-failures:" + Objects.requireNonNull(login, "login"));
    }

    private String lockKey(String login) {
        return redis.key("login-lock:" + Objects.requireNonNull(login, "login"));
    }
}
