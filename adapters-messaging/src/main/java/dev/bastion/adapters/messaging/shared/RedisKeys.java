package dev.bastion.adapters.messaging.shared;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * Every Redis key Bastion writes starts with {@code bastion.redis.key-prefix} (default
 * {@code bastion:}), so several deployments or test runs can share one Redis.
 */
@Singleton
public final class RedisKeys {

    private final String prefix;

    public RedisKeys(@Value("${bastion.redis.key-prefix:bastion:}") String prefix) {
        this.prefix = prefix;
    }

    public String key(String... parts) {
        return prefix + String.join(":", parts);
    }
}
