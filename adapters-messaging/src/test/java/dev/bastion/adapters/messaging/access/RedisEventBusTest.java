package dev.bastion.adapters.messaging.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bastion.adapters.messaging.shared.ChangeAnnouncer;
import dev.bastion.adapters.messaging.shared.ChangeSubscription;
import dev.bastion.adapters.messaging.shared.EventStreamReader;
import dev.bastion.adapters.messaging.shared.RedisEventBus;
import dev.bastion.adapters.messaging.shared.RedisScripts;
import dev.bastion.adapters.messaging.testing.RedisContext;
import dev.bastion.adapters.messaging.testing.TestRedis;
import dev.bastion.domain.access.RoleChanged;
import dev.bastion.domain.access.RoleId;
import dev.bastion.domain.shared.DomainEvent;
import io.lettuce.core.KillArgs;
import io.lettuce.core.RedisClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Redis event bus, with several "instances" in one JVM: each has its own access cache, its own
 * stream reader (consumer group) and its own pub/sub connection, as separate processes would;
 * instances of one test share a key prefix.
 */
class RedisEventBusTest extends EventBusContract {

    private static RedisContext redis;

    private final List<ChangeSubscription> subscriptions = new ArrayList<>();
    private RedisScripts scripts;

    @BeforeAll
    static void start() {
        assumeTrue(TestRedis.uri().isPresent(), TestRedis.UNAVAILABLE);
        redis = RedisContext.start(RedisEventBusTest.class);
    }

    @AfterAll
    static void stop() {
        if (redis != null) {
            redis.close();
        }
    }

    @AfterEach
    void closeSubscriptions() {
        subscriptions.forEach(ChangeSubscription::close);
    }

    /** One instance: cache, reader and subscription, not yet subscribed. */
    private record Parts(Instance instance, EventStreamReader reader, ChangeSubscription subscription) {
    }

    @Override
    protected Instance newInstance() {
        if (scripts == null) {
            scripts = redis.freshScripts();
        }
        return instanceOn(scripts);
    }

    private Instance instanceOn(RedisScripts prefix) {
        Parts parts = unsubscribed(prefix);
        parts.subscription().ensureSubscribed();
        return parts.instance();
    }

    private Parts unsubscribed(RedisScripts prefix) {
        LocalAccessCache cache = newCache(false);
        List<DomainEvent> heard = heardList();
        EventStreamReader reader = new EventStreamReader(prefix, listenersOf(cache, heard));
        RedisClient client = redis.context().getBean(RedisClient.class);
        ChangeSubscription subscription = new ChangeSubscription(() -> client, prefix, List.of(reader), List.of(cache));
        subscriptions.add(subscription);
        RedisEventBus bus = new RedisEventBus(prefix, reader, new ChangeAnnouncer(prefix, subscription));
        return new Parts(new Instance(cache, heard, bus), reader, subscription);
    }

    /**
     * When {@code publish} returns, every instance has read the stream and acknowledged: the next
     * request, wherever it lands, sees the change.
     */
    @Test
    void everyOtherInstanceHasHeardTheEventWhenPublishReturns() {
        Instance a = newInstance();
        Instance b = newInstance();
        Instance c = newInstance();
        for (int round = 1; round <= 10; round++) {
            b.cache().get(jane, counting());
            c.cache().get(jane, counting());
            int cached = loads.get();
            b.cache().get(jane, counting());
            c.cache().get(jane, counting());
            assertThat(loads).as("round %d: b and c serve from their caches", round).hasValue(cached);

            RoleChanged changed = new RoleChanged(RoleId.newId());
            a.bus().publish(List.of(committed(changed)));

            assertThat(b.heard()).as("round %d", round).endsWith(changed);
            assertThat(c.heard()).as("round %d", round).endsWith(changed);
            b.cache().get(jane, counting());
            c.cache().get(jane, counting());
            assertThat(loads).as("round %d: both dropped their caches", round).hasValue(cached + 2);
        }
    }

    @Test
    void anInstanceUnderAnotherPrefixHearsNothing() {
        Instance here = newInstance();
        Instance elsewhere = instanceOn(redis.freshScripts());
        elsewhere.cache().get(jane, counting());

        here.bus().publish(List.of(committed(new RoleChanged(RoleId.newId()))));

        elsewhere.cache().get(jane, counting());
        assertThat(loads).hasValue(1);
        assertThat(elsewhere.heard()).isEmpty();
    }

    @Test
    void nothingIsCachedBeforeTheSubscriptionIsUp() {
        Parts parts = unsubscribed(redis.freshScripts());
        LocalAccessCache cache = parts.instance().cache();
        cache.get(jane, counting());
        cache.get(jane, counting());
        assertThat(loads).hasValue(2);

        parts.subscription().ensureSubscribed();

        cache.get(jane, counting());
        cache.get(jane, counting());
        assertThat(loads).hasValue(3);
    }

    @Test
    void eachInstanceReadsTheStreamUnderTheKeyPrefixWithAGroupOfItsOwn() {
        RedisScripts prefix = redis.freshScripts();
        instanceOn(prefix);
        instanceOn(prefix);

        String channel = prefix.key("events");
        assertThat(prefix.commands().pubsubNumsub(channel)).containsEntry(channel, 2L);
        assertThat(prefix.commands().xinfoGroups(prefix.key("events"))).hasSize(2);
    }

    @Test
    void eventsToldWhileAnInstanceWasDisconnectedAreHeardWhenItIsBack() {
        RedisScripts prefix = redis.freshScripts();
        Parts away = unsubscribed(prefix);
        away.subscription().ensureSubscribed();
        Instance other = instanceOn(prefix);
        away.instance().cache().get(jane, counting());

        prefix.commands().clientKill(KillArgs.Builder.id(clientIdNamed(prefix, away.subscription().clientName())));
        awaitTrue(() -> !away.instance().cache().caching(), "the cache stops with the subscription",
                Duration.ofSeconds(5));
        RoleChanged toldMeanwhile = new RoleChanged(RoleId.newId());
        other.bus().publish(List.of(committed(toldMeanwhile)));

        String channel = prefix.key("events");
        awaitTrue(() -> prefix.commands().pubsubNumsub(channel).get(channel) == 2L && away.instance().cache().caching(),
                "Lettuce reconnected and subscribed again", Duration.ofSeconds(10));
        awaitTrue(() -> away.instance().heard().contains(toldMeanwhile), "the event told meanwhile is read",
                Duration.ofSeconds(5));
        away.instance().cache().get(jane, counting());
        assertThat(loads).as("what was cached before the drop is gone").hasValue(2);
    }

    @Test
    void theGroupOfAnInstanceThatIsGoneIsRemovedByTheNextOneToStart() {
        RedisScripts prefix = redis.freshScripts();
        instanceOn(prefix);
        String stream = prefix.key("events");
        // a group whose instance died long ago: its "alive" key has expired
        prefix.commands().xgroupCreate(io.lettuce.core.XReadArgs.StreamOffset.latest(stream), "instance:gone");
        assertThat(prefix.commands().xinfoGroups(stream)).hasSize(2);

        instanceOn(prefix);

        assertThat(prefix.commands().xinfoGroups(stream)).hasSize(2)
                .noneMatch(group -> group.toString().contains("instance:gone"));
    }

    private static long clientIdNamed(RedisScripts prefix, String name) {
        for (String line : prefix.commands().clientList().split("\n")) {
            if (line.contains(" name=" + name + " ")) {
                for (String field : line.split(" ")) {
                    if (field.startsWith("id=")) {
                        return Long.parseLong(field.substring(3));
                    }
                }
            }
        }
        throw new AssertionError("no client named " + name);
    }

    private static void awaitTrue(BooleanSupplier condition, String what, Duration limit) {
        Instant deadline = Instant.now().plus(limit);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within " + limit + ": " + what);
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
