package dev.bastion.adapters.messaging.identity;

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
import org.junit.jupiter.api.AfterAll;
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

    @Override
    protected SessionStore newStore() {
        return new RedisSessionStore(redis.freshScripts());
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
