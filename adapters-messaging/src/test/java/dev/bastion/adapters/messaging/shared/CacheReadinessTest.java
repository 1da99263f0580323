package dev.bastion.adapters.messaging.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bastion.adapters.messaging.testing.TestRedis;
import io.micronaut.context.ApplicationContext;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthResult;
import java.util.Map;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

class CacheReadinessTest {

    @Test
    void withoutRedisTheInProcessTwinsAreReady() {
        try (ApplicationContext context = ApplicationContext.run()) {
            HealthResult result = check(context);

            assertThat(result.getStatus()).isEqualTo(HealthStatus.UP);
            assertThat(result.getDetails()).asString().contains("in-process");
        }
    }

    @Test
    void withRedisAPingDecides() {
        assumeTrue(TestRedis.uri().isPresent(), TestRedis.UNAVAILABLE);
        try (ApplicationContext context = ApplicationContext.run(Map.of("redis.uri", TestRedis.uri().get()))) {
            HealthResult result = check(context);

            assertThat(result.getStatus()).isEqualTo(HealthStatus.UP);
            assertThat(result.getDetails()).asString().contains("Redis at redis://");
        }
    }

    @Test
    void anUnreachableRedisIsNotReady() {
        try (ApplicationContext context = ApplicationContext.run(Map.of(
                "redis.uri", "redis://127.0.0.1:1/0", "redis.timeout", "500ms"))) {
            HealthResult result = check(context);

            assertThat(result.getStatus()).isEqualTo(HealthStatus.DOWN);
            assertThat(result.getDetails()).asString().contains("no answer from Redis");
        }
    }

    @Test
    void theDescriptionNeverShowsARedisPassword() {
        assertThat(new CacheBackend("redis://user:hunter2@cache.internal:6380/3").describe())
                .isEqualTo("Redis at redis://***@cache.internal:6380/3")
                .doesNotContain("hunter2");
    }

    private static HealthResult check(ApplicationContext context) {
        return Mono.from(context.getBean(CacheReadiness.class).getResult()).block();
    }
}
