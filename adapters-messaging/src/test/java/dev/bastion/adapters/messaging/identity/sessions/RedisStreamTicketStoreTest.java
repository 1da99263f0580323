package dev.bastion.adapters.messaging.identity.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bastion.adapters.messaging.shared.RedisScripts;
import dev.bastion.adapters.messaging.testing.RedisContext;
import dev.bastion.adapters.messaging.testing.TestRedis;
import dev.bastion.domain.identity.SessionId;
import dev.bastion.domain.identity.StreamTicket;
import dev.bastion.domain.identity.StreamTicketStore;
import dev.bastion.domain.identity.StreamTicketStore.Holder;
import dev.bastion.domain.identity.TokenDigest;
import dev.bastion.domain.identity.UserId;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RedisStreamTicketStoreTest extends StreamTicketStoreContract {

    private static RedisContext redis;

    @BeforeAll
    static void start() {
        assumeTrue(TestRedis.uri().isPresent(), TestRedis.UNAVAILABLE);
        redis = RedisContext.start(RedisStreamTicketStoreTest.class);
    }

    @AfterAll
    static void stop() {
        if (redis != null) {
            redis.close();
        }
    }

    @Override
    protected StreamTicketStore newStore() {
        return new RedisStreamTicketStore(redis.freshScripts());
    }

    @Test
    void theBeanKeepsOnlyTheDigestUnderThePrefixWithATtlPastTheExpiry() {
        StreamTicketStore bean = redis.context().getBean(StreamTicketStore.class);
        StreamTicket ticket = StreamTicket.issue();
        TokenDigest digest = ticket.digest();
        bean.keep(digest, new Holder(UserId.newId(), SessionId.newId(), Instant.now().plusSeconds(30)));

        RedisScripts scripts = redis.context().getBean(RedisScripts.class);
        String key = redis.prefix() + "stream-ticket:" + digest.hex();
        assertThat(scripts.commands().exists(key)).isEqualTo(1L);
        assertThat(scripts.commands().keys(redis.prefix() + "*" + ticket.value() + "*")).isEmpty();
        assertThat(scripts.commands().pttl(key))
                .isBetween(29_000L, 30_000L + RedisScripts.SAFETY_MARGIN.toMillis());
    }
}
