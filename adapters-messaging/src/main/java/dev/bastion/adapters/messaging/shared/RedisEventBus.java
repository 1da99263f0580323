package dev.bastion.adapters.messaging.shared;

import dev.bastion.application.shared.events.CommittedEvent;
import dev.bastion.application.shared.events.EventBus;
import io.lettuce.core.XAddArgs;
import io.lettuce.core.api.sync.RedisCommands;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * {@link EventBus} across instances: appends the events to the stream {@code <prefix>events}
 * (kept to about {@link #KEPT} entries), then announces them on the {@code events} channel
 * ({@link ChangeAnnouncer}): this instance reads the stream at once, every other one when the
 * announcement arrives, and the call returns when all have acknowledged, so the change counts on
 * the next request wherever it lands. The stream is what makes delivery durable (an instance that
 * lost its connection reads on from its place); the channel only makes it immediate and tells
 * the publisher when everyone has read.
 */
@Singleton
@Requires(condition = WithRedis.class)
public final class RedisEventBus implements EventBus {

    /** Entries the stream keeps (trimmed approximately): far more than instances can fall behind by. */
    static final long KEPT = 100_000;

    private final RedisScripts redis;
    private final EventStreamReader reader;
    private final ChangeAnnouncer announcer;

    public RedisEventBus(RedisScripts redis, EventStreamReader reader, ChangeAnnouncer announcer) {
        this.redis = redis;
        this.reader = reader;
        this.announcer = announcer;
    }

    @Override
    public void publish(List<CommittedEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        RedisCommands<String, String> commands = redis.commands();
        XAddArgs trimmed = XAddArgs.Builder.maxlen(KEPT).approximateTrimming();
        for (CommittedEvent event : events) {
            commands.xadd(reader.stream(), trimmed, EventStreamEntry.fieldsOf(event));
        }
        announcer.announce(reader);
    }
}
