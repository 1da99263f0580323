package dev.bastion.adapters.messaging.shared;

import io.micronaut.context.condition.Condition;
import io.micronaut.context.condition.ConditionContext;

/**
 * Selects the Redis implementations: {@code redis.uri} ({@code REDIS_URI}) is set and not blank,
 * the same rule as {@link CacheBackend#usesRedis()}.
 *
 * <p>A plain {@code @Requires(property = "redis.uri")} is not enough: {@code REDIS_URI=} (empty)
 * defines the property with an empty value, which would switch the Redis implementations on while
 * {@link CacheBackend} (and {@code /health}) report the in-process tier. With these two conditions
 * exactly one implementation of each port exists in every case: no {@code redis.*} property,
 * a blank URI, another {@code REDIS_*} variable only (Lettuce beans exist, unused), or a URI.
 */
public final class WithRedis implements Condition {

    @Override
    public boolean matches(ConditionContext context) {
        return configured(context);
    }

    static boolean configured(ConditionContext<?> context) {
        return CacheBackend.isConfigured(context.getProperty("redis.uri", String.class).orElse(null));
    }
}
