package dev.bastion.adapters.messaging.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.adapters.messaging.shared.CacheBackend;
import dev.bastion.application.access.AccessCache;
import dev.bastion.application.shared.events.EventBus;
import dev.bastion.domain.identity.LoginThrottle;
import dev.bastion.domain.identity.SessionStore;
import dev.bastion.domain.shared.RateLimiter;
import io.micronaut.context.ApplicationContext;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Exactly one implementation of each port, chosen by {@code redis.uri} the way
 * {@link CacheBackend#usesRedis()} reads it. Needs no Redis: the Redis implementations take the
 * connection at first use, so they are built against an unreachable address here.
 */
class BackendSelectionTest {

    private static final String IN_PROCESS_RATE_LIMITER = "dev.bastion.adapters.messaging.shared.InProcessRateLimiter";
    private static final String REDIS_RATE_LIMITER = "dev.bastion.adapters.messaging.shared.RedisRateLimiter";
    private static final String LOCAL_ACCESS_CACHE = "dev.bastion.adapters.messaging.access.LocalAccessCache";
    private static final String IN_PROCESS_EVENT_BUS = "dev.bastion.adapters.messaging.shared.InProcessEventBus";
    private static final String REDIS_EVENT_BUS = "dev.bastion.adapters.messaging.shared.RedisEventBus";

    @Test
    void withoutRedisUriTheInProcessTwinsServe() {
        try (ApplicationContext context = ApplicationContext.run()) {
            assertInProcess(context);
        }
    }

    @Test
    void aBlankRedisUriCountsAsNone() {
        // REDIS_URI= defines redis.uri as "": a plain @Requires(property = "redis.uri") would match it
        try (ApplicationContext context = ApplicationContext.run(Map.of("redis.uri", " "))) {
            assertInProcess(context);
        }
    }

    @Test
    void anotherRedisPropertyAloneLeavesTheInProcessTwins() {
        // any redis.* property creates Lettuce beans, but without a URI nothing of ours uses them
        try (ApplicationContext context = ApplicationContext.run(Map.of("redis.timeout", "1s"))) {
            assertInProcess(context);
        }
    }

    @Test
    void withARedisUriTheRedisImplementationsServe() {
        try (ApplicationContext context = ApplicationContext.run(Map.of(
                "redis.uri", "redis://127.0.0.1:1/0", "redis.timeout", "500ms"))) {
            assertThat(context.getBean(CacheBackend.class).usesRedis()).isTrue();
            assertThat(context.getBeansOfType(SessionStore.class)).singleElement()
                .extracting(bean -> bean.getClass().getName()).isEqualTo("dev.bastion.adapters.messaging.identity.sessions.RedisSessionStore");
            assertThat(context.getBeansOfType(LoginThrottle.class)).singleElement()
                .extracting(bean -> bean.getClass().getName()).isEqualTo("dev.bastion.adapters.messaging.identity.signin.RedisLoginThrottle");
            assertThat(context.getBeansOfType(RateLimiter.class)).singleElement()
                    .extracting(bean -> bean.getClass().getName()).isEqualTo(REDIS_RATE_LIMITER);
            assertThat(context.getBeansOfType(AccessCache.class)).singleElement()
                    .extracting(bean -> bean.getClass().getName()).isEqualTo(LOCAL_ACCESS_CACHE);
            assertThat(context.getBeansOfType(EventBus.class)).singleElement()
                    .extracting(bean -> bean.getClass().getName()).isEqualTo(REDIS_EVENT_BUS);
        }
    }

    private static void assertInProcess(ApplicationContext context) {
        assertThat(context.getBean(CacheBackend.class).usesRedis()).isFalse();
        assertThat(context.getBeansOfType(SessionStore.class)).singleElement()
                .extracting(bean -> bean.getClass().getName()).isEqualTo("dev.bastion.adapters.messaging.identity.sessions.InProcessSessionStore");
        assertThat(context.getBeansOfType(LoginThrottle.class)).singleElement()
                .extracting(bean -> bean.getClass().getName()).isEqualTo("dev.bastion.adapters.messaging.identity.signin.InProcessLoginThrottle");
        assertThat(context.getBeansOfType(RateLimiter.class)).singleElement()
                .extracting(bean -> bean.getClass().getName()).isEqualTo(IN_PROCESS_RATE_LIMITER);
        assertThat(context.getBeansOfType(AccessCache.class)).singleElement()
                .extracting(bean -> bean.getClass().getName()).isEqualTo(LOCAL_ACCESS_CACHE);
        assertThat(context.getBeansOfType(EventBus.class)).singleElement()
                .extracting(bean -> bean.getClass().getName()).isEqualTo(IN_PROCESS_EVENT_BUS);
    }
}
