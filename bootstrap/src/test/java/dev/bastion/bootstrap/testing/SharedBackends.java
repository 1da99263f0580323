package dev.bastion.bootstrap.testing;

import dev.bastion.adapters.messaging.shared.RedisScripts;
import dev.bastion.adapters.messaging.testing.TestRedis;
import dev.bastion.adapters.persistence.testing.TestPostgres;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Several instances in one test, as a cluster runs: one PostgreSQL schema and one Redis key prefix
 * of the test's own, the seeded admin's password known, cheap hashing and a login rate that does
 * not interfere; and a wait until every instance listens for events, since an instance subscribes
 * right after it starts (Redis could be down then) and an event published before would pass it by.
 */
public final class SharedBackends {

    public static final String ADMIN_PASSWORD = ApiTest.ADMIN_PASSWORD;

    private SharedBackends() {
    }

    /** The properties every instance of a test starts with; add or replace some for a test's own needs. */
    public static Map<String, Object> properties(TestPostgres.Database database, String keyPrefix) {
        Map<String, Object> properties = new HashMap<>(database.properties());
        properties.put("redis.uri", TestRedis.uri().orElseThrow());
        properties.put(RedisScripts.KEY_PREFIX_PROPERTY, keyPrefix);
        properties.put("bastion.admin.password", ADMIN_PASSWORD);
        properties.put("bastion.login.rate-per-minute", "1000");
        properties.put("bastion.password.argon2.memory-kib", "64");
        properties.put("bastion.password.argon2.iterations", "1");
        properties.put("micronaut.server.port", "-1");
        return properties;
    }

    /** Waits (up to 15 s) until {@code instances} instances listen on the event channel under {@code keyPrefix}. */
    public static void awaitListening(RedisScripts redis, String keyPrefix, int instances) {
        String channel = keyPrefix + "events";
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (redis.commands().pubsubNumsub(channel).getOrDefault(channel, 0L) < instances) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(instances + " instances did not subscribe to " + channel);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
