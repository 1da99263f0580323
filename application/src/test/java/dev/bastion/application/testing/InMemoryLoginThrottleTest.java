package dev.bastion.application.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InMemoryLoginThrottleTest {

    private static final Instant NOW = Instant.parse("2025-03-01T09:00:00Z");
    private static final Duration WINDOW = Duration.ofMinutes(15);

    private final InMemoryLoginThrottle throttle = new InMemoryLoginThrottle();

    @Test
    void failures_in_the_window_add_up() {
        throttle.recordFailure("jane", WINDOW, NOW);
        throttle.recordFailure("jane", WINDOW, NOW.plusSeconds(60));

        assertThat(throttle.recordFailure("jane", WINDOW, NOW.plusSeconds(120))).isEqualTo(3);
    }

    @Test
    void the_window_runs_from_the_first_failure_not_the_latest() {
        throttle.recordFailure("jane", WINDOW, NOW);
        throttle.recordFailure("jane", WINDOW, NOW.plus(WINDOW).minusSeconds(1));

        assertThat(throttle.recordFailure("jane", WINDOW, NOW.plus(WINDOW))).isEqualTo(1);
    }

    @Test
    void logins_are_counted_apart() {
        throttle.recordFailure("jane", WINDOW, NOW);

        assertThat(throttle.recordFailure("john", WINDOW, NOW)).isEqualTo(1);
    }

    @Test
    void a_lock_holds_until_its_end() {
        Instant until = NOW.plus(WINDOW);
        throttle.lock("jane", until);

        assertThat(throttle.lockedUntil("jane", NOW)).contains(until);
        assertThat(throttle.lockedUntil("jane", until.minusMillis(1))).contains(until);
        assertThat(throttle.lockedUntil("jane", until)).isEmpty();
    }

    @Test
    void an_unlocked_login_is_not_locked() {
        assertThat(throttle.lockedUntil("jane", NOW)).isEmpty();
    }

    @Test
    void a_reset_forgets_failures_and_lock() {
        throttle.recordFailure("jane", WINDOW, NOW);
        throttle.lock("jane", NOW.plus(WINDOW));

        throttle.reset("jane");

        assertThat(throttle.lockedUntil("jane", NOW)).isEmpty();
        assertThat(throttle.recordFailure("jane", WINDOW, NOW)).isEqualTo(1);
    }
}
