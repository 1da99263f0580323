package dev.bastion.adapters.messaging.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bastion.adapters.messaging.shared.RedisScripts;
import dev.bastion.adapters.messaging.testing.RedisContext;
import dev.bastion.adapters.messaging.testing.TestRedis;
import dev.bastion.domain.identity.LoginThrottle;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RedisLoginThrottleTest extends LoginThrottleContract {

    private static RedisContext redis;

    @BeforeAll
    static void start() {
        assumeTrue(TestRedis.uri().isPresent(), TestRedis.UNAVAILABLE);
        redis = RedisContext.start(RedisLoginThrottleTest.class);
    }

    @AfterAll
    static void stop() {
        if (redis != null) {
            redis.close();
        }
    }

    @Override
    protected LoginThrottle newThrottle() {
        return new RedisLoginThrottle(redis.freshScripts());
    }

    @Test
    void theBeanKeepsFailuresAndLocksUnderTheConfiguredPrefixWithTtls() {
        LoginThrottle bean = redis.context().getBean(LoginThrottle.class);
        bean.recordFailure("frank", WINDOW, T0);
        bean.lock("frank", T0.plus(Duration.ofMinutes(10)));

        RedisCommands<String, String> commands = redis.context().getBean(RedisScripts.class).commands();
        long margin = RedisScripts.SAFETY_MARGIN.toMillis();
        assertThat(commands.hgetall(redis.prefix() + "login-failures:frank")).containsEntry("count", "1");
        assertThat(commands.pttl(redis.prefix() + "login-failures:frank"))
                .isBetween(WINDOW.toMillis(), WINDOW.toMillis() + margin);
        assertThat(commands.pttl(redis.prefix() + "login-lock:frank"))
                .as("from the domain time of the failure just before, not from the wall clock")
                .isBetween(Duration.ofMinutes(9).toMillis(), Duration.ofMinutes(10).toMillis() + margin);

        bean.reset("frank");
        assertThat(commands.exists(redis.prefix() + "login-failures:frank", redis.prefix() + "login-lock:frank")).isZero();
    }
}
