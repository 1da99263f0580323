package dev.bastion.adapters.messaging.testing;

import dev.bastion.adapters.messaging.shared.RedisScripts;
import io.micronaut.context.ApplicationContext;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An application context on the test Redis ({@link TestRedis}) under a key prefix of its own,
 * one per test class; {@link #freshScripts()} gives each test a prefix below it, so tests of one
 * class do not see each other's keys either. Every key the adapters write has a TTL, so nothing
 * has to be deleted afterwards.
 */
public final class RedisContext implements AutoCloseable {

    private final ApplicationContext context;
    private final String prefix;
    private final AtomicInteger tests = new AtomicInteger();

    private RedisContext(ApplicationContext context, String prefix) {
        this.context = context;
        this.prefix = prefix;
    }

    /** Call after {@code assumeTrue(TestRedis.uri().isPresent(), TestRedis.UNAVAILABLE)}. */
    public static RedisContext start(Class<?> testClass) {
        String prefix = TestRedis.keyPrefix(testClass);
        String uri = TestRedis.uri().orElseThrow(() -> new IllegalStateException(TestRedis.UNAVAILABLE));
        return new RedisContext(ApplicationContext.run(Map.of(
                "redis.uri", uri,
                RedisScripts.KEY_PREFIX_PROPERTY, prefix)), prefix);
    }

    public ApplicationContext context() {
        return context;
    }

    /** The class's prefix, the one the context's beans use. */
    public String prefix() {
        return prefix;
    }

    /** The context's Redis access under a new prefix below the class's. */
    public RedisScripts freshScripts() {
        return context.getBean(RedisScripts.class).withKeyPrefix(prefix + tests.incrementAndGet() + ":");
    }

    @Override
    public void close() {
        context.close();
    }
}
