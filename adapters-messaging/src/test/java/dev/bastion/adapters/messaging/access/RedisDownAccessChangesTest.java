package dev.bastion.adapters.messaging.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.application.access.AccessCache;
import dev.bastion.application.access.AccessChanges;
import dev.bastion.domain.access.UserAccess;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.shared.UnavailableException;
import io.micronaut.context.ApplicationContext;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Redis configured but not answering: needs no Redis (an address where none listens). */
class RedisDownAccessChangesTest {

    @Test
    void announcingFailsAsUnavailableAndStillDropsTheLocalCache() {
        try (ApplicationContext context = ApplicationContext.run(Map.of(
                "redis.uri", "redis://127.0.0.1:1/0", "redis.timeout", "500ms"))) {
            LocalAccessCache cache = (LocalAccessCache) context.getBean(AccessCache.class);
            AccessChanges changes = context.getBean(AccessChanges.class);
            cache.startCaching(); // as if the subscription had been up until now
            UserId jane = UserId.newId();
            AtomicInteger loads = new AtomicInteger();
            cache.get(jane, user -> {
                loads.incrementAndGet();
                return UserAccess.none(user);
            });

            assertThatThrownBy(changes::announce).isInstanceOf(UnavailableException.class);

            cache.get(jane, user -> {
                loads.incrementAndGet();
                return UserAccess.none(user);
            });
            assertThat(loads).hasValue(2);
        }
    }

    @Test
    void withRedisDownAtStartNothingIsCached() {
        try (ApplicationContext context = ApplicationContext.run(Map.of(
                "redis.uri", "redis://127.0.0.1:1/0", "redis.timeout", "500ms"))) {
            LocalAccessCache cache = (LocalAccessCache) context.getBean(AccessCache.class);

            assertThat(cache.caching()).isFalse();
        }
    }
}
