package dev.bastion.adapters.messaging.identity.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bastion.adapters.messaging.testing.RedisContext;
import dev.bastion.adapters.messaging.testing.TestRedis;
import dev.bastion.domain.identity.ClientInfo;
import dev.bastion.domain.identity.Session;
import dev.bastion.domain.identity.SessionId;
import dev.bastion.domain.identity.SessionStore;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.Username;
import io.lettuce.core.api.sync.RedisCommands;
import dev.bastion.adapters.messaging.shared.RedisScripts;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.bastion.adapters.messaging.shared.ChangeAnnouncer;
import dev.bastion.adapters.messaging.shared.ChangeSubscription;
import dev.bastion.domain.identity.RevocationReason;
import io.lettuce.core.RedisClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RedisSessionStoreTest extends SessionStoreContract {

    private static RedisContext redis;

    @BeforeAll
    static void start() {
        assumeTrue(TestRedis.uri().isPresent(), TestRedis.UNAVAILABLE);
        redis = RedisContext.start(RedisSessionStoreTest.class);
    }

    @AfterAll
    static void stop() {
        if (redis != null) {
            redis.close();
        }
    }

    private final List<ChangeSubscription> subscriptions = new ArrayList<>();

    @AfterEach
    void closeSubscriptions() {
        subscriptions.forEach(ChangeSubscription::close);
    }

    @Override
    protected SessionStore newStore() {
        return instanceOn(redis.freshScripts());
    }

    /** A store as one instance has it: its own cached checks, subscribed to changes under {@code prefix}. */
    private RedisSessionStore instanceOn(RedisScripts prefix) {
        LocalSessionChecks checks = new LocalSessionChecks(Ticker.systemTicker(), false);
        RedisClient client = redis.context().getBean(RedisClient.class);
        ChangeSubscription subscription = new ChangeSubscription(() -> client, prefix, List.of(checks), List.of(checks));
        subscriptions.add(subscription);
        subscription.ensureSubscribed();
        return new RedisSessionStore(prefix, checks, new ChangeAnnouncer(prefix, subscription));
    }

    @Test
    void anInstanceServesALiveSessionFromItsCacheUntilAnotherRevokesIt() {
        RedisScripts prefix = redis.freshScripts();
        RedisSessionStore a = instanceOn(prefix);
        RedisSessionStore b = instanceOn(prefix);
        Session session = openSession();
        a.add(session);
        assertThat(b.check(session.id(), now)).isPresent();

        prefix.commands().hset(prefix.key("session:") + session.id(), "revokedAt", "1");
        assertThat(b.check(session.id(), now)).as("served from b's cache, not from Redis").isPresent();

        a.revoke(session.id(), RevocationReason.LOGGED_OUT, now);

        awaitRefused(b, session.id());
        assertThat(a.check(session.id(), now)).isEmpty();
    }

    @Test
    void aChangedSessionIsReadAgainEverywhere() {
        RedisScripts prefix = redis.freshScripts();
        RedisSessionStore a = instanceOn(prefix);
        RedisSessionStore b = instanceOn(prefix);
        Session session = openSession();
        a.add(session);
        UserId user = session.snapshot().userId();
        assertThat(b.check(session.id(), now)).isPresent();

        assertThat(a.revokeAllOf(user, null, RevocationReason.FORCED_LOGOUT, now)).isEqualTo(1);

        awaitRefused(b, session.id());
    }

    @Test
    void aCachedSessionStillEndsAtItsExpiry() {
        SessionStore store = newStore();
        Session session = openSession();
        store.add(session);
        assertThat(store.check(session.id(), now)).isPresent();

        assertThat(store.check(session.id(), now.plus(TTL))).isEmpty();
    }

    /**
     * When the revocation returns, Redis has sent the change to every subscriber; in one JVM the
     * other instance's event-loop thread may still be at it, hence a short bounded wait.
     */
    private void awaitRefused(SessionStore instance, SessionId id) {
        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (instance.check(id, now).isPresent()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the other instance still serves the revoked session after 2 s");
            }
            Thread.onSpinWait();
        }
    }

    private Session openSession() {
        return openSession(UserId.newId());
    }

    private Session openSession(UserId user) {
        return Session.open(SessionId.newId(), user, new Username("erin"), digest(),
                new ClientInfo("192.0.2.9", "ua"), false, now, TTL);
    }

    @Test
    void purgeExpiredDropsTheExpiredIdsFromEveryIndexAndNothingElse() {
        RedisScripts prefix = redis.freshScripts();
        SessionStore store = instanceOn(prefix);
        UserId user = UserId.newId();
        Session expiring = openSession(user);
        store.add(expiring);
        Session live = Session.open(SessionId.newId(), user, new Username("erin"), digest(),
                new ClientInfo("192.0.2.9", "ua"), false, now.plus(Duration.ofMinutes(10)), TTL);
        store.add(live);
        RedisCommands<String, String> commands = prefix.commands();
        String userSet = prefix.key("user-sessions:") + user;
        String byCreated = prefix.key("sessions:by-created");
        String byExpiry = prefix.key("sessions:by-expiry");
        String expired = expiring.id().toString();

        assertThat(store.purgeExpired(expiring.expiresAt())).isEqualTo(1);

        assertThat(commands.smembers(userSet)).containsExactly(live.id().toString());
        assertThat(commands.zrange(byCreated, 0, -1)).containsExactly(live.id().toString());
        assertThat(commands.zrange(byExpiry, 0, -1)).containsExactly(live.id().toString());
        assertThat(commands.exists(prefix.key("session:") + expired))
                .as("the hash stays until its TTL: find still answers for it").isEqualTo(1L);
    }

    @Test
    void theBeanKeepsSessionsUnderTheConfiguredPrefixAndEveryKeyHasATtl() {
        SessionStore bean = redis.context().getBean(SessionStore.class);
        UserId user = UserId.newId();
        Session session = Session.open(SessionId.newId(), user, new Username("erin"), digest(),
                new ClientInfo("192.0.2.9", "ua"), false, now, TTL);
        bean.add(session);

        RedisCommands<String, String> commands = redis.context().getBean(RedisScripts.class).commands();
        String hash = redis.prefix() + "session:" + session.id();
        assertThat(commands.hgetall(hash)).containsEntry("userId", user.toString()).containsEntry("version", "0");
        for (String key : new String[] {hash, redis.prefix() + "user-sessions:" + user,
                redis.prefix() + "sessions:by-created", redis.prefix() + "sessions:by-expiry"}) {
            assertThat(commands.pttl(key)).as(key)
                    .isGreaterThan(TTL.toMillis())
                    .isLessThanOrEqualTo(TTL.plus(RedisScripts.SAFETY_MARGIN).toMillis());
        }
        assertThat(bean.find(session.id())).contains(session);
    }
}
