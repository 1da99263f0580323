package dev.bastion.adapters.messaging.testing;

import java.util.Optional;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;

/**
 * The Redis the tests run against, chosen once per JVM: {@code BASTION_TEST_REDIS_URI} when
 * set, else a Testcontainers {@code redis} container when a Docker engine answers, else none,
 * and Redis-backed tests are skipped with {@link #UNAVAILABLE} as the reason. Tests isolate
 * their data by key prefix ({@link #keyPrefix(Class)}), never by flushing a shared database.
 */
public final class TestRedis {

    public static final String URI_VARIABLE = "BASTION_TEST_REDIS_URI";
    public static final String UNAVAILABLE = "no Redis for tests: set " + URI_VARIABLE
            + " (e.g. redis://127.0.0.1:6379/15) or start a Docker engine";

    private static Optional<String> uri;

    private TestRedis() {
    }

    /** The Redis URI, or empty when no Redis can be had (the caller skips with {@link #UNAVAILABLE}). */
    public static synchronized Optional<String> uri() {
        if (uri == null) {
            uri = locate();
        }
        return uri;
    }

    /** A key prefix no other test class uses. */
    public static String keyPrefix(Class<?> testClass) {
        return "test:" + testClass.getSimpleName() + ":" + Long.toHexString(System.nanoTime()) + ":";
    }

    private static Optional<String> locate() {
        String configured = System.getenv(URI_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            return Optional.of(configured.strip());
        }
        if (dockerAnswers()) {
            GenericContainer<?> redis = new GenericContainer<>("redis:7-alpine").withExposedPorts(6379);
            redis.start();
            Runtime.getRuntime().addShutdownHook(new Thread(redis::stop));
            return Optional.of("redis://" + redis.getHost() + ":" + redis.getMappedPort(6379) + "/0");
        }
        return Optional.empty();
    }

    private static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) {
            return false;
        }
    }
}
