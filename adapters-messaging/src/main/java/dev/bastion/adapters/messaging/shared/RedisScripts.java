package dev.bastion.adapters.messaging.shared;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.lettuce.core.RedisNoScriptException;
import dev.bastion.domain.shared.UnavailableException;
import io.lettuce.core.RedisException;
import io.micronaut.context.exceptions.BeanInstantiationException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.api.sync.RedisCommands;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Objects;

/**
 * The Redis side of the messaging adapter: the shared Lettuce connection (taken at first use,
 * so the application starts while Redis is down), the key prefix ({@code bastion.redis.key-prefix},
 * default {@code bastion:}) that lets two applications or test classes share one Redis, and
 * scripts run by digest.
 *
 * <p>Scripts go out as {@code EVALSHA}; only when Redis answers {@code NOSCRIPT} (first use after
 * a Redis start or {@code SCRIPT FLUSH}) is the source sent once with {@code EVAL}, which caches it
 * again. So a script call is one round trip. Multi-key transactions use scripts, never
 * {@code MULTI}: the connection is shared by every thread. Keys are plain strings; the layout
 * assumes a single Redis (no Cluster slots).
 */
@Singleton
@Requires(condition = WithRedis.class)
public final class RedisScripts {

    public static final String KEY_PREFIX_PROPERTY = "bastion.redis.key-prefix";
    public static final String DEFAULT_KEY_PREFIX = "bastion:";

    /**
     * Added to every Redis TTL. Decisions follow the domain clock, never a TTL: a TTL only
     * removes what no decision can need any more, so it may err on the long side (clock skew
     * between instances and Redis).
     */
    public static final Duration SAFETY_MARGIN = Duration.ofMinutes(5);
    private static final Logger LOG = LoggerFactory.getLogger(RedisScripts.class);

    private final BeanProvider<StatefulRedisConnection<String, String>> provider;
    private final String keyPrefix;
    private volatile StatefulRedisConnection<String, String> connection;
    private volatile RedisCommands<String, String> translating;

    @Inject
    RedisScripts(BeanProvider<StatefulRedisConnection<String, String>> provider,
                 @Property(name = KEY_PREFIX_PROPERTY, defaultValue = DEFAULT_KEY_PREFIX) String keyPrefix) {
        this.provider = Objects.requireNonNull(provider, "provider");
        this.keyPrefix = Objects.requireNonNull(keyPrefix, "keyPrefix");
    }

    /** The same connection under another key prefix (tests isolate by prefix this way). */
    public RedisScripts withKeyPrefix(String otherPrefix) {
        RedisScripts copy = new RedisScripts(provider, otherPrefix);
        copy.connection = connection;
        copy.translating = translating;
        return copy;
    }

    public String keyPrefix() {
        return keyPrefix;
    }

    /** {@code suffix} under this instance's prefix. */
    public String key(String suffix) {
        return keyPrefix + suffix;
    }

    /**
     * Plain commands on the shared connection (thread-safe; never {@code MULTI} on it). A Redis
     * that cannot be reached surfaces as {@link UnavailableException}, so callers fail closed.
     */
    public RedisCommands<String, String> commands() {
        RedisCommands<String, String> current = translating;
        if (current == null) {
            RedisCommands<String, String> target = raw();
            current = translate(target);
            translating = current;
        }
        return current;
    }

    /**
     * The asynchronous commands of the shared connection, for pipelining many commands (each
     * returns a future; Lettuce writes them without waiting for answers). A Redis that cannot be
     * reached surfaces as {@link UnavailableException} here or from the futures.
     */
    public RedisAsyncCommands<String, String> async() {
        return connection().async();
    }

    /** Runs {@code script}: {@code EVALSHA}, falling back to {@code EVAL} once on {@code NOSCRIPT}. */
    public <T> T run(LuaScript script, ScriptOutputType type, String[] keys, String... args) {
        RedisCommands<String, String> commands = raw();
        try {
            try {
                return commands.evalsha(script.sha1(), type, keys, args);
            } catch (RedisNoScriptException notCached) {
                return commands.eval(script.source(), type, keys, args);
            }
        } catch (RedisException unreachable) {
            throw new UnavailableException("Redis", unreachable);
        }
    }

    /**
     * {@code PUBLISH} without waiting for Redis to answer, for code on Lettuce's event loop (a
     * pub/sub listener), which must never block; a failure is only logged.
     */
    public void publishAsync(String channel, String message) {
        try {
            connection().async().publish(channel, message).exceptionally(failed -> {
                LOG.warn("Could not publish on {}: {}", channel, failed.getMessage());
                return 0L;
            });
        } catch (RuntimeException unreachable) {
            LOG.warn("Could not publish on {}: {}", channel, unreachable.getMessage());
        }
    }

    private RedisCommands<String, String> raw() {
        return connection().sync();
    }

    private StatefulRedisConnection<String, String> connection() {
        StatefulRedisConnection<String, String> current = connection;
        if (current == null) {
            try {
                current = provider.get();
            } catch (RedisException | BeanInstantiationException unreachable) {
                throw new UnavailableException("Redis", unreachable);
            }
            connection = current;
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    private static RedisCommands<String, String> translate(RedisCommands<String, String> target) {
        return (RedisCommands<String, String>) Proxy.newProxyInstance(RedisCommands.class.getClassLoader(),
                new Class<?>[] {RedisCommands.class}, (proxy, method, arguments) -> {
                    try {
                        return method.invoke(target, arguments);
                    } catch (InvocationTargetException failed) {
                        Throwable cause = failed.getCause();
                        throw cause instanceof RedisException ? new UnavailableException("Redis", cause) : cause;
                    }
                });
    }

    /** A TTL in milliseconds for something the domain needs for {@code needed}: at least the margin. */
    public static long ttlMillis(Duration needed) {
        Duration positive = needed.isNegative() ? Duration.ZERO : needed;
        return positive.plus(SAFETY_MARGIN).toMillis();
    }
}
