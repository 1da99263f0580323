package dev.bastion.adapters.messaging.shared;

import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import io.micronaut.context.BeanProvider;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.reactivestreams.Publisher;

/**
 * Readiness of the cache tier: with Redis configured, a PING within a second; without it the
 * in-process twins serve and are always ready. Reported as {@code cache} on {@code /health}.
 */
@Singleton
@Readiness
final class CacheReadiness implements HealthIndicator {

    static final Duration TIMEOUT = Duration.ofSeconds(1);

    private final CacheBackend backend;
    private final BeanProvider<StatefulRedisConnection<String, String>> redis;

    CacheReadiness(CacheBackend backend, BeanProvider<StatefulRedisConnection<String, String>> redis) {
        this.backend = backend;
        this.redis = redis;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        if (!backend.usesRedis()) {
            return Publishers.just(result(HealthStatus.UP, null));
        }
        return Publishers.fromCompletableFuture(this::ping);
    }

    private CompletableFuture<HealthResult> ping() {
        CompletableFuture<String> pong;
        try {
            pong = redis.get().async().ping().toCompletableFuture();
        } catch (RuntimeException connectionFailed) {
            pong = CompletableFuture.failedFuture(connectionFailed);
        }
        return pong.orTimeout(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .handle((answer, failure) -> failure == null && "PONG".equals(answer)
                        ? result(HealthStatus.UP, null)
                        : result(HealthStatus.DOWN, failure == null ? "unexpected answer" : "no answer from Redis"));
    }

    private HealthResult result(HealthStatus status, String error) {
        HealthResult.Builder builder = HealthResult.builder("cache", status);
        return error == null
                ? builder.details(Map.of("backend", backend.describe())).build()
                : builder.details(Map.of("backend", backend.describe(), "error", error)).build();
    }
}
