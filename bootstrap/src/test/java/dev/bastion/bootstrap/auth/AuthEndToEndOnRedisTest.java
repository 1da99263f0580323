package dev.bastion.bootstrap.auth;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bastion.adapters.messaging.testing.TestRedis;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.HashMap;
import java.util.Map;

/** Every sign-in and session scenario again, with sessions, locks and rate limits in Redis. */
@MicronautTest(transactional = false)
class AuthEndToEndOnRedisTest extends AuthEndToEndTest {

    @Override
    public Map<String, String> getProperties() {
        assumeTrue(TestRedis.uri().isPresent(), TestRedis.UNAVAILABLE);
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("redis.uri", TestRedis.uri().get());
        properties.put("bastion.redis.key-prefix", TestRedis.keyPrefix(AuthEndToEndOnRedisTest.class));
        return properties;
    }
}
