package dev.bastion.adapters.messaging.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bastion.adapters.messaging.shared.ChangeAnnouncer;
import dev.bastion.adapters.messaging.shared.ChangeSubscription;
import dev.bastion.adapters.messaging.shared.RedisScripts;
import dev.bastion.adapters.messaging.testing.RedisContext;
import dev.bastion.adapters.messaging.testing.TestRedis;
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
 * The Redis publisher, with several "instances" in one JVM: each has its own cache and its own
 * pub/sub connection, as separate processes would; instances of one test share a key prefix.
 */
class RedisAccessChangesTest extends AccessChangesContract {

    private static RedisContext redis;

    private final List<ChangeSubscription> subscriptions = new ArrayList<>();
    private RedisScripts scripts;

    @BeforeAll
    static void start() {
        assumeTrue(TestRedis.uri().isPresent(), TestRedis.UNAVAILABLE);
        redis = RedisContext.start(RedisAccessChangesTest.class);
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

    @Override
    protected Instance newInstance() {
        if (scripts == null) {
            scripts = redis.freshScripts();
        }
        return instanceOn(scripts);
    }

    private Instance instanceOn(RedisScripts prefix) {
        LocalAccessCache cache = newCache(false);
        ChangeSubscription subscription = unsubscribed(prefix, cache);
        subscription.ensureSubscribed();
        return new Instance(cache, new RedisAccessChanges(cache, new ChangeAnnouncer(prefix, subscription)));
    }

    private ChangeSubscription unsubscribed(RedisScripts prefix, LocalAccessCache cache) {
        RedisClient client = redis.context().getBean(RedisClient.class);
        ChangeSubscription subscription = new ChangeSubscription(() -> client, prefix, List.of(cache));
        subscriptions.add(subscription);
        return subscription;
    }

    /**
     * When {@code announce} returns, this instance's own subscription has received the message,
     * so Redis has sent it to every subscriber: the others have it on their sockets and drop their
     * caches within moments (in one JVM their event-loop threads may still be at it, so they get a
     * short bounded wait here; across a network the next request takes longer than that anyway).
     */
    @Test
    void everyOtherInstanceDropsItsCachedAccessAsTheAnnouncementReturns() {
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

            a.changes().announce();

            awaitDropped(b);
            awaitDropped(c);
        }
    }

    @Test
    void anInstanceUnderAnotherPrefixKeepsItsCache() {
        Instance here = newInstance();
        Instance elsewhere = instanceOn(redis.freshScripts());
        elsewhere.cache().get(jane, counting());

        here.changes().announce();

        elsewhere.cache().get(jane, counting());
        assertThat(loads).hasValue(1);
    }

    @Test
    void nothingIsCachedBeforeTheSubscriptionIsUp() {
        RedisScripts prefix = redis.freshScripts();
        LocalAccessCache cache = newCache(false);
        ChangeSubscription subscription = unsubscribed(prefix, cache);
        cache.get(jane, counting());
        cache.get(jane, counting());
        assertThat(loads).hasValue(2);

        subscription.ensureSubscribed();

        cache.get(jane, counting());
        cache.get(jane, counting());
        assertThat(loads).hasValue(3);
    }

    @Test
    void theSubscriptionListensOnTheChannelUnderTheKeyPrefix() {
        RedisScripts prefix = redis.freshScripts();
        instanceOn(prefix);

        String channel = prefix.key("access-changed");
        assertThat(prefix.commands().pubsubNumsub(channel)).containsEntry(channel, 1L);
    }

    @Test
    void afterADroppedConnectionTheCacheStartsAfreshAndChangesAreHeardAgain() {
        RedisScripts prefix = redis.freshScripts();
        LocalAccessCache cache = newCache(false);
        ChangeSubscription subscription = unsubscribed(prefix, cache);
        subscription.ensureSubscribed();
        Instance other = instanceOn(prefix);
        cache.get(jane, counting());

        prefix.commands().clientKill(KillArgs.Builder.id(clientIdNamed(prefix, subscription.clientName())));

        String channel = prefix.key(cache.channel());
        awaitTrue(() -> prefix.commands().pubsubNumsub(channel).get(channel) == 2L && cache.caching(),
                "Lettuce reconnected and subscribed again", Duration.ofSeconds(10));
        cache.get(jane, counting());
        assertThat(loads).as("what was cached before the drop is gone").hasValue(2);

        other.changes().announce();

        awaitDropped(new Instance(cache, null));
    }

    /** Reads until {@code instance} loads again, i.e. has dropped its cached access (at most 2 s). */
    private void awaitDropped(Instance instance) {
        int before = loads.get();
        awaitTrue(() -> {
            instance.cache().get(jane, counting());
            return loads.get() > before;
        }, "the cached access is dropped", Duration.ofSeconds(2));
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
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
