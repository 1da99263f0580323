package dev.bastion.bootstrap.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bastion.adapters.messaging.testing.TestRedis;
import dev.bastion.bootstrap.testing.Api;
import dev.bastion.bootstrap.testing.Api.Reply;
import dev.bastion.bootstrap.testing.ApiTest;
import dev.bastion.bootstrap.testing.TcpProxy;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Redis reached through a proxy the test cuts while requests flow: every sign-in answers 503
 * problem+json at once (never after Lettuce's 60 s, never 500), readiness goes DOWN, and when Redis
 * is back the service recovers by itself.
 */
@MicronautTest(transactional = false)
class RedisOutageTest extends ApiTest {

    private static TcpProxy proxy;

    @Override
    public Map<String, String> getProperties() {
        assumeTrue(TestRedis.uri().isPresent(), TestRedis.UNAVAILABLE);
        URI redis = URI.create(TestRedis.uri().get());
        try {
            if (proxy == null) {
                proxy = new TcpProxy(redis.getHost(), redis.getPort());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("redis.uri", "redis://127.0.0.1:" + proxy.port() + redis.getPath());
        properties.put("bastion.redis.key-prefix", TestRedis.keyPrefix(RedisOutageTest.class));
        return properties;
    }

    @AfterAll
    static void closeProxy() throws IOException {
        if (proxy != null) {
            proxy.close();
            proxy = null;
        }
    }

    private Reply login(Api api) {
        return api.post("/api/v1/auth/login", null, Map.of("username", "admin", "password", ADMIN_PASSWORD));
    }

    @Test
    void signInFailsClosedAtOnceWhileRedisIsAwayAndRecoversByItself() throws Exception {
        Api api = api();
        assertThat(login(api).status()).isEqualTo(200);

        proxy.cut();
        try {
            ExecutorService clients = Executors.newFixedThreadPool(20);
            List<Future<long[]>> answers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                answers.add(clients.submit(() -> {
                    long started = System.nanoTime();
                    Reply reply = login(api);
                    assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
                    assertThat(reply.json()).containsEntry("code", "SERVICE_UNAVAILABLE");
                    return new long[] {reply.status(), System.nanoTime() - started};
                }));
            }
            for (Future<long[]> answer : answers) {
                long[] outcome = answer.get();
                assertThat(outcome[0]).isEqualTo(503);
                assertThat(Duration.ofNanos(outcome[1])).isLessThan(Duration.ofSeconds(3));
            }
            clients.shutdown();
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            int readiness = 0;
            while (System.nanoTime() < deadline && (readiness = api.http().get("/health/readiness").statusCode()) != 503) {
                Thread.sleep(100);
            }
            assertThat(readiness).as("readiness within 5 s").isEqualTo(503);
            assertThat(api.http().get("/health/liveness").statusCode()).isEqualTo(200);
        } finally {
            proxy.restore();
        }

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        int status = 0;
        while (System.nanoTime() < deadline && (status = login(api).status()) != 200) {
            Thread.sleep(200);
        }
        assertThat(status).as("sign-in works again within 10 s of Redis coming back").isEqualTo(200);
        assertThat(api.http().get("/health/readiness").statusCode()).isEqualTo(200);
    }
}
