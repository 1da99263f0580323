package dev.bastion.adapters.messaging.shared;

import dev.bastion.application.shared.events.CommittedEvent;
import dev.bastion.application.shared.events.EventListeners;
import dev.bastion.domain.shared.UnavailableException;
import io.lettuce.core.Consumer;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XGroupCreateArgs;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.sync.RedisCommands;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This instance's reader of the event stream ({@code <prefix>events}): a consumer group of its
 * own, created at the stream's end when the subscription to changes comes up, read to the end
 * whenever an event is announced on the {@code events} channel ({@link RedisEventBus}), and every
 * second in case an announcement was missed. Each entry is handed to the {@link EventListeners}
 * (which hear each event id once) and then acknowledged ({@code XACK}). After Lettuce reconnects
 * the group reads on from where it was, so events told meanwhile are still heard.
 *
 * <p>Groups of instances that are gone are removed: each instance keeps a key
 * {@code <prefix>events:alive:<group>} alive while it runs, and a group without one is destroyed.
 */
@Singleton
@Requires(condition = WithRedis.class)
public final class EventStreamReader implements HeardChanges {

    static final String CHANNEL = "events";
    static final String STREAM = "events";
    private static final int BATCH = 1_000;
    private static final String GROUP_PREFIX = "instance:";
    private static final Duration ALIVE_FOR = Duration.ofMinutes(2);
    private static final Duration REFRESH_EVERY = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(EventStreamReader.class);

    private final RedisScripts redis;
    private final EventListeners listeners;
    private final String group = GROUP_PREFIX + UUID.randomUUID();
    private final ExecutorService reading = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "event-stream-reader");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean groupReady;
    /** Whether entries may have been delivered to this group and not acknowledged (a read cut short). */
    private volatile boolean pendingPossible = true;
    private volatile long aliveRefreshedAt;

    public EventStreamReader(RedisScripts redis, EventListeners listeners) {
        this.redis = redis;
        this.listeners = listeners;
    }

    /** The stream's key under the prefix. */
    public String stream() {
        return redis.key(STREAM);
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    /**
     * Nothing to drop before an announcement of this instance: its own subscription hears the
     * announcement like every other instance's, reads the stream then, and the announcer waits
     * for that acknowledgement too (reading here as well only read the same entries twice).
     */
    @Override
    public void invalidateAll() {
        // read on hearing the announcement, see above
    }

    /** Heard on the subscription's thread: read on the reader's own thread, acknowledged when done. */
    @Override
    public CompletionStage<Void> heard() {
        return CompletableFuture.runAsync(this::drain, reading);
    }

    /**
     * The subscription is up. The first time (in the thread that subscribed, before any cache of
     * this instance serves), the group is created, so nothing published from then on is missed;
     * after a reconnect (on the subscription's thread), what was told meanwhile is read at once.
     */
    @Override
    public void startCaching() {
        if (!groupReady) {
            try {
                synchronized (this) {
                    ensureGroup(redis.commands());
                }
            } catch (RuntimeException failed) {
                LOG.warn("Cannot create this instance's group on the event stream yet ({}); the poll tries again",
                        failed.toString());
            }
        } else {
            reading.execute(this::poll);
        }
    }

    @Override
    public void stopCaching() {
        // nothing cached here: the group keeps this instance's place in the stream while it is away
    }

    @Scheduled(fixedDelay = "1s", initialDelay = "1s")
    void poll() {
        try {
            drain();
        } catch (UnavailableException away) {
            // the subscription logs Redis being away; the next poll tries again
        }
    }

    /** Reads every entry not yet read by this instance's group, oldest first, handing each over once. */
    public synchronized void drain() {
        RedisCommands<String, String> commands = redis.commands();
        ensureGroup(commands);
        Consumer<String> me = Consumer.from(group, group);
        boolean complete = false;
        try {
            if (pendingPossible) { // what was delivered but not acknowledged (a drain cut short), first
                readAll(commands, me, XReadArgs.StreamOffset.from(stream(), "0"));
            }
            readAll(commands, me, XReadArgs.StreamOffset.lastConsumed(stream()));
            complete = true;
        } finally {
            pendingPossible = !complete;
        }
    }

    private void readAll(RedisCommands<String, String> commands, Consumer<String> me,
                         XReadArgs.StreamOffset<String> from) {
        List<StreamMessage<String, String>> batch;
        do {
            batch = commands.xreadgroup(me, XReadArgs.Builder.count(BATCH), from);
            if (batch == null || batch.isEmpty()) {
                return;
            }
            for (StreamMessage<String, String> message : batch) {
                hand(message);
            }
            commands.xack(stream(), group, batch.stream().map(StreamMessage::getId).toArray(String[]::new));
        } while (batch.size() == BATCH);
    }

    private void hand(StreamMessage<String, String> message) {
        Optional<CommittedEvent> event = EventStreamEntry.read(message.getBody());
        if (event.isEmpty()) {
            LOG.warn("Event stream entry {} is not an event this version knows; skipped", message.getId());
            return;
        }
        try {
            listeners.deliver(event.get());
        } catch (RuntimeException failed) {
            LOG.warn("A listener failed on event {} ({}); the other listeners heard it", event.get().id(),
                    event.get().event(), failed);
        }
    }

    private void ensureGroup(RedisCommands<String, String> commands) {
        long now = System.nanoTime();
        if (groupReady && now - aliveRefreshedAt < REFRESH_EVERY.toNanos()) {
            return;
        }
        commands.psetex(aliveKey(group), ALIVE_FOR.toMillis(), "1"); // before the group, so no sweep takes it
        aliveRefreshedAt = now;
        if (groupReady) {
            return;
        }
        try {
            commands.xgroupCreate(XReadArgs.StreamOffset.latest(stream()), group, XGroupCreateArgs.Builder.mkstream());
        } catch (UnavailableException failed) {
            if (failed.getCause() == null || !String.valueOf(failed.getCause().getMessage()).startsWith("BUSYGROUP")) {
                throw failed;
            }
        }
        groupReady = true;
        removeGroupsOfGoneInstances(commands);
    }

    private void removeGroupsOfGoneInstances(RedisCommands<String, String> commands) {
        for (Object info : commands.xinfoGroups(stream())) {
            String name = nameOf(info);
            if (name != null && name.startsWith(GROUP_PREFIX) && !name.equals(group)
                    && commands.exists(aliveKey(name)) == 0) {
                commands.xgroupDestroy(stream(), name);
                LOG.info("Removed the event stream group {} of an instance that is gone", name);
            }
        }
    }

    /** XINFO GROUPS answers each group as a flat list of names and values. */
    private static String nameOf(Object info) {
        if (info instanceof List<?> fields) {
            for (int i = 0; i + 1 < fields.size(); i += 2) {
                if ("name".equals(String.valueOf(fields.get(i)))) {
                    return String.valueOf(fields.get(i + 1));
                }
            }
        }
        return null;
    }

    private String aliveKey(String groupName) {
        return redis.key(STREAM + ":alive:" + groupName);
    }

    @PreDestroy
    void close() {
        reading.shutdownNow();
        try {
            redis.commands().del(aliveKey(group));
            redis.commands().xgroupDestroy(stream(), group);
        } catch (RuntimeException away) {
            // Redis is away: the group goes with the next sweep, once its key has expired
        }
    }
}
