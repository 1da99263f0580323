package dev.bastion.adapters.messaging.shared;

import dev.bastion.domain.shared.UnavailableException;
import io.lettuce.core.RedisException;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.exceptions.BeanInstantiationException;
import jakarta.inject.Singleton;
import java.util.function.Function;

/**
 * The Redis connection, opened on first use (so a Redis that is down does not stop the
 * application from starting or from answering its health checks), and every failure to reach
 * it reported as {@link UnavailableException}: callers fail closed.
 */
@Singleton
@Requires(property = "redis.uri")
public final class Redis {

    private final BeanProvider<StatefulRedisConnection<String, String>> connection;

    Redis(BeanProvider<StatefulRedisConnection<String, String>> connection) {
        this.connection = connection;
    }

    public <T> T call(Function<RedisCommands<String, String>, T> command) {
        try {
            return command.apply(connection.get().sync());
        } catch (RedisException | BeanInstantiationException e) {
            throw new UnavailableException("Redis", e);
        }
    }
}
