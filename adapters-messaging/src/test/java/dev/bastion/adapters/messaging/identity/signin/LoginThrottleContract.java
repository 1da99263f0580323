package dev.bastion.adapters.messaging.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.domain.identity.LoginThrottle;
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

/** What every {@link LoginThrottle} does; the clock is the test's. */
abstract class LoginThrottleContract {

    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Instant T0 = Instant.parse("2026-03-02T10:00:07.250Z");

    protected LoginThrottle throttle;

    /** A throttle that has seen nothing yet. */
    protected abstract LoginThrottle newThrottle();

    @BeforeEach
    void freshThrottle() {
        throttle = newThrottle();
    }

    @Test
    void failuresAreCountedInTheWindowThatBeganWithTheFirst() {
        assertThat(throttle.recordFailure("alice", WINDOW, T0)).isEqualTo(1);
        assertThat(throttle.recordFailure("alice", WINDOW, T0.plusSeconds(1))).isEqualTo(2);
        assertThat(throttle.recordFailure("alice", WINDOW, T0.plus(WINDOW).minusMillis(1))).isEqualTo(3);
    }

    @Test
    void aNewWindowBeginsWhenTheOldOneIsOver() {
        throttle.recordFailure("alice", WINDOW, T0);
        throttle.recordFailure("alice", WINDOW, T0.plus(Duration.ofMinutes(10)));

        assertThat(throttle.recordFailure("alice", WINDOW, T0.plus(WINDOW))).isEqualTo(1);
        // the new window began at T0 + 15 min, not at a boundary of the clock
        assertThat(throttle.recordFailure("alice", WINDOW, T0.plus(Duration.ofMinutes(29)))).isEqualTo(2);
        assertThat(throttle.recordFailure("alice", WINDOW, T0.plus(Duration.ofMinutes(30)).minusNanos(1_000)))
                .isEqualTo(3);
        assertThat(throttle.recordFailure("alice", WINDOW, T0.plus(Duration.ofMinutes(30)))).isEqualTo(1);
    }

    @Test
    void loginsAreCountedApart() {
        throttle.recordFailure("alice", WINDOW, T0);
        throttle.recordFailure("alice", WINDOW, T0);

        assertThat(throttle.recordFailure("bob", WINDOW, T0)).isEqualTo(1);
        assertThat(throttle.recordFailure("alice:x", WINDOW, T0)).isEqualTo(1);
    }

    @Test
    void aLockHoldsUntilItsEndByTheClockPassedIn() {
        Instant until = T0.plus(Duration.ofMinutes(15));
        throttle.recordFailure("alice", WINDOW, T0);
        throttle.lock("alice", until);

        assertThat(throttle.lockedUntil("alice", T0)).contains(until);
        assertThat(throttle.lockedUntil("alice", until.minusMillis(1))).contains(until);
        assertThat(throttle.lockedUntil("alice", until)).isEmpty();
        assertThat(throttle.lockedUntil("alice", until.plus(Duration.ofDays(1)))).isEmpty();
        assertThat(throttle.lockedUntil("bob", T0)).isEmpty();
    }

    @Test
    void aLaterLockReplacesAnEarlierOne() {
        throttle.lock("alice", T0.plusSeconds(60));
        throttle.lock("alice", T0.plusSeconds(600));

        assertThat(throttle.lockedUntil("alice", T0.plusSeconds(120))).contains(T0.plusSeconds(600));
    }

    @Test
    void resetForgetsFailuresAndLock() {
        throttle.recordFailure("alice", WINDOW, T0);
        throttle.recordFailure("alice", WINDOW, T0);
        throttle.lock("alice", T0.plus(WINDOW));

        throttle.reset("alice");

        assertThat(throttle.lockedUntil("alice", T0)).isEmpty();
        assertThat(throttle.recordFailure("alice", WINDOW, T0.plusSeconds(1))).isEqualTo(1);
        throttle.reset("never-seen");
    }

    @Test
    void countLockedCountsLocksInForceAtTheClockPassedIn() {
        assertThat(throttle.countLocked(T0)).isZero();
        throttle.lock("alice", T0.plusSeconds(60));
        throttle.lock("bob", T0.plusSeconds(600));
        throttle.lock("bob", T0.plusSeconds(900));
        throttle.lock("carol", T0.plusSeconds(900));
        throttle.reset("carol");

        assertThat(throttle.countLocked(T0)).isEqualTo(2);
        assertThat(throttle.countLocked(T0.plusSeconds(59))).isEqualTo(2);
        assertThat(throttle.countLocked(T0.plusSeconds(60))).isEqualTo(1);
        assertThat(throttle.countLocked(T0.plusSeconds(900))).isZero();
        // an expired lock is not counted again when the clock is asked about an earlier time
        throttle.lock("dave", T0.plusSeconds(1200));
        assertThat(throttle.countLocked(T0.plusSeconds(1000))).isEqualTo(1);
    }

    @Test
    void concurrentFailuresAreAllCounted() throws Exception {
        int threads = 8;
        int each = 25;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> highest = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                highest.add(pool.submit(() -> {
                    start.await();
                    int max = 0;
                    for (int i = 0; i < each; i++) {
                        max = Math.max(max, throttle.recordFailure("mallory", WINDOW, T0.plusMillis(i)));
                    }
                    return max;
                }));
            }
            start.countDown();
            int max = 0;
            for (Future<Integer> f : highest) {
                max = Math.max(max, f.get(30, TimeUnit.SECONDS));
            }

            assertThat(max).isEqualTo(threads * each);
            assertThat(throttle.recordFailure("mallory", WINDOW, T0.plusSeconds(1))).isEqualTo(threads * each + 1);
        } finally {
            pool.shutdownNow();
        }
    }
}
