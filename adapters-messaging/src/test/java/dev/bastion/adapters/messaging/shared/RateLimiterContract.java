package dev.bastion.adapters.messaging.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.shared.RateLimiter;
import dev.bastion.domain.shared.RateLimiter.Decision;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link RateLimiter} does; the clock is the test's. */
abstract class RateLimiterContract {

    static final Duration MINUTE = Duration.ofMinutes(1);
    /** On a minute boundary of the epoch. */
    static final Instant BOUNDARY = Instant.parse("2026-03-02T10:00:00Z");

    protected RateLimiter limiter;

    protected abstract RateLimiter newLimiter();

    @BeforeEach
    void freshLimiter() {
        limiter = newLimiter();
    }

    @Test
    void allowsUpToTheLimitThenRefusesUntilTheWindowEnds() {
        Instant now = BOUNDARY.plusSeconds(20);
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.acquire("login:203.0.113.5", 3, MINUTE, now)).isEqualTo(Decision.allow());
        }

        assertThat(limiter.acquire("login:203.0.113.5", 3, MINUTE, now))
                .isEqualTo(Decision.refuse(Duration.ofSeconds(40)));
        assertThat(limiter.acquire("login:203.0.113.5", 3, MINUTE, now.plusSeconds(30)))
                .isEqualTo(Decision.refuse(Duration.ofSeconds(10)));
    }

    @Test
    void windowsAreAlignedToTheEpochNotToTheFirstAttempt() {
        Instant lastMilli = BOUNDARY.plus(MINUTE).minusMillis(1);
        limiter.acquire("k", 1, MINUTE, BOUNDARY.plusSeconds(59));

        assertThat(limiter.acquire("k", 1, MINUTE, lastMilli)).isEqualTo(Decision.refuse(Duration.ofMillis(1)));
        assertThat(limiter.acquire("k", 1, MINUTE, BOUNDARY.plus(MINUTE))).isEqualTo(Decision.allow());
        assertThat(limiter.acquire("k", 1, MINUTE, BOUNDARY.plus(MINUTE).plusSeconds(1)))
                .isEqualTo(Decision.refuse(Duration.ofSeconds(59)));
    }

    @Test
    void retryAfterIsNeverBelowAMillisecond() {
        Instant almostOver = BOUNDARY.plus(MINUTE).minusNanos(300_000);
        limiter.acquire("k", 1, MINUTE, almostOver);

        Decision refused = limiter.acquire("k", 1, MINUTE, almostOver);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofMillis(1));
    }

    @Test
    void keysAndWindowLengthsAreCountedApart() {
        Instant now = BOUNDARY.plusSeconds(1);
        assertThat(limiter.acquire("a", 1, MINUTE, now).allowed()).isTrue();
        assertThat(limiter.acquire("a", 1, MINUTE, now).allowed()).isFalse();

        assertThat(limiter.acquire("b", 1, MINUTE, now).allowed()).isTrue();
        assertThat(limiter.acquire("a", 1, Duration.ofHours(1), now).allowed()).isTrue();
    }

    @Test
    void aLimitOfZeroRefusesEverything() {
        assertThat(limiter.acquire("k", 0, MINUTE, BOUNDARY)).isEqualTo(Decision.refuse(MINUTE));
    }

    @Test
    void aWindowMustBePositive() {
        assertThatThrownBy(() -> limiter.acquire("k", 1, Duration.ZERO, BOUNDARY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void concurrentAttemptsGetExactlyTheLimit() throws Exception {
        int threads = 8;
        int each = 20;
        int limit = 50;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> allowed = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                allowed.add(pool.submit(() -> {
                    start.await();
                    int count = 0;
                    for (int i = 0; i < each; i++) {
                        if (limiter.acquire("burst", limit, MINUTE, BOUNDARY.plusMillis(i)).allowed()) {
                            count++;
                        }
                    }
                    return count;
                }));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> f : allowed) {
                total += f.get(30, TimeUnit.SECONDS);
            }

            assertThat(total).isEqualTo(limit);
        } finally {
            pool.shutdownNow();
        }
    }
}
