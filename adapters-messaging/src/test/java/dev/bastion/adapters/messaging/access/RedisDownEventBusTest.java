package dev.bastion.adapters.messaging.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.application.access.AccessCache;
import dev.bastion.application.shared.events.CommittedEvent;
import dev.bastion.application.shared.events.EventBus;
import dev.bastion.domain.access.RoleChanged;
import dev.bastion.domain.access.RoleId;
import dev.bastion.domain.shared.UnavailableException;
import io.micronaut.context.ApplicationContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Redis configured but not answering: needs no Redis (an address where none listens). */
class RedisDownEventBusTest {

    private static final Map<String, Object> UNREACHABLE = Map.of(
            "redis.uri", "redis://127.0.0.1:1/0", "redis.timeout", "500ms");

    @Test
    void publishingFailsAsUnavailableSoTheEventsStayInTheOutbox() {
        try (ApplicationContext context = ApplicationContext.run(UNREACHABLE)) {
            EventBus bus = context.getBean(EventBus.class);

            assertThatThrownBy(() -> bus.publish(List.of(new CommittedEvent(UUID.randomUUID(),
                    new RoleChanged(RoleId.newId()), Instant.now())))).isInstanceOf(UnavailableException.class);
        }
    }

    @Test
    void withRedisDownAtStartNothingIsCached() {
        try (ApplicationContext context = ApplicationContext.run(UNREACHABLE)) {
            LocalAccessCache cache = (LocalAccessCache) context.getBean(AccessCache.class);

            assertThat(cache.caching()).isFalse();
        }
    }
}
