package dev.bastion.adapters.messaging.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bastion.adapters.messaging.testing.RedisContext;
import dev.bastion.adapters.messaging.testing.TestRedis;
import dev.bastion.domain.shared.RateLimiter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RedisRateLimiterTest extends RateLimiterContract {

    private static RedisContext redis;

    @BeforeAll
    static void start() {
        assumeTrue(TestRedis.uri().isPresent(), TestRedis.UNAVAILABLE);
        redis = RedisContext.start(RedisRateLimiterTest.class);
    }

    @AfterAll
    static void stop() {
        if (redis != null) {
            redis.close();
        }
    }

    @Override
    protected RateLimiter newLimiter() {
        return new RedisRateLimiter(redis.freshScripts());
    }

    @Test
    void theBeanCountsUnderTheConfiguredPrefixWithATtlUntilTheWindowEnds() {
        RateLimiter bean = redis.context().getBean(RateLimiter.class);
        bean.acquire("login:192.0.2.7", 5, MINUTE, BOUNDARY.plusSeconds(45));

        String key = redis.prefix() + "rate:60000:" + BOUNDARY.toEpochMilli() / 60_000 + ":login:192.0.2.7";
        RedisScripts scripts = redis.context().getBean(RedisScripts.class);
        assertThat(scripts.commands().get(key)).isEqualTo("1");
        assertThat(scripts.commands().pttl(key))
                .isBetween(15_000L - 1_000, 15_000L + RedisScripts.SAFETY_MARGIN.toMillis());
    }
}
