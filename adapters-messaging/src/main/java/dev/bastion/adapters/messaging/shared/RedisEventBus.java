package dev.bastion.adapters.messaging.shared;

import dev.bastion.application.shared.events.CommittedEvent;
import dev.bastion.application.shared.events.EventBus;
import dev.bastion.domain.shared.UnavailableException;
import io.lettuce.core.LettuceFutures;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.XAddArgs;
import io.lettuce.core.api.async.RedisAsyncCommands;
import java.time.Duration;
import java.util.ArrayList;
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
    /** Events appended and announced at a time. */
    static final int CHUNK = 1_000;
    private static final Duration APPEND_WAIT = Duration.ofSeconds(5);

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
        // in chunks, each announced before the next: a large batch (an import) never outgrows
        // what the stream keeps before every instance has read it
        for (int from = 0; from < events.size(); from += CHUNK) {
            append(events.subList(from, Math.min(events.size(), from + CHUNK)));
            announcer.announce(reader);
        }
    }

    /** XADDs pipelined: written at once, then all answers awaited. */
    private void append(List<CommittedEvent> chunk) {
        XAddArgs trimmed = XAddArgs.Builder.maxlen(KEPT).approximateTrimming();
        try {
            RedisAsyncCommands<String, String> async = redis.async();
            List<RedisFuture<String>> added = new ArrayList<>(chunk.size());
            for (CommittedEvent event : chunk) {
                added.add(async.xadd(reader.stream(), trimmed, EventStreamEntry.fieldsOf(event)));
            }
            if (!LettuceFutures.awaitAll(APPEND_WAIT, added.toArray(RedisFuture[]::new))) {
                throw new UnavailableException("Redis (the event stream did not answer within " + APPEND_WAIT + ")",
                        null);
            }
        } catch (RedisException failed) {
            throw new UnavailableException("Redis", failed);
        }
    }
}
