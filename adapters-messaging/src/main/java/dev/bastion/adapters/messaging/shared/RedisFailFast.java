package dev.bastion.adapters.messaging.shared;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import io.micronaut.configuration.lettuce.AbstractRedisConfiguration;
import io.micronaut.configuration.lettuce.ClientResourcesMutator;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Redis away must cost a request milliseconds, not Lettuce's defaults (commands wait 60 s, queued
 * while the client reconnects, and reconnection backs off to 30 s). Every command and every connect
 * gives up after {@code BASTION_REDIS_TIMEOUT} (2 s), a command issued while disconnected fails at
 * once (so callers answer 503 at once: auth fails closed), and a lost connection is retried every
 * 100 ms to 2 s, so service resumes on its own within about two seconds of Redis coming back.
 */
@Singleton
final class RedisFailFast implements BeanCreatedEventListener<RedisClient>, ClientResourcesMutator {

    static final Duration RECONNECT_FIRST = Duration.ofMillis(100);
    static final Duration RECONNECT_AT_MOST = Duration.ofSeconds(2);

    private final Duration timeout;

    RedisFailFast(@Value("${bastion.redis.timeout:2s}") Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("BASTION_REDIS_TIMEOUT must be positive, not " + timeout);
        }
        this.timeout = timeout;
    }

    @Override
    public RedisClient onCreated(BeanCreatedEvent<RedisClient> event) {
        RedisClient client = event.getBean();
        client.setOptions(options());
        return client;
    }

    @Override
    public void mutate(ClientResources.Builder builder, AbstractRedisConfiguration configuration) {
        builder.reconnectDelay(Delay.exponential(RECONNECT_FIRST, RECONNECT_AT_MOST, 2, TimeUnit.MILLISECONDS));
    }

    ClientOptions options() {
        return ClientOptions.builder()
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .socketOptions(SocketOptions.builder().connectTimeout(timeout).keepAlive(true).build())
                .timeoutOptions(TimeoutOptions.enabled(timeout))
                .build();
    }
}
