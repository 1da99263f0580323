package dev.bastion.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LockoutPolicyTest {

    private static final Duration FIFTEEN_MINUTES = Duration.ofMinutes(15);
    private static final Instant NOW = Instant.parse("2025-03-01T09:00:00Z");

    @Test
    void the_defaults_are_5_failures_in_15_minutes_locking_for_15_minutes() {
        assertThat(LockoutPolicy.defaults()).isEqualTo(new LockoutPolicy(5, FIFTEEN_MINUTES, FIFTEEN_MINUTES));
    }

    @Test
    void one_failure_short_of_the_maximum_does_not_lock() {
        assertThat(LockoutPolicy.defaults().locksAfter(4)).isFalse();
    }

    @Test
    void exactly_the_maximum_locks() {
        assertThat(LockoutPolicy.defaults().locksAfter(5)).isTrue();
    }

    @Test
    void more_than_the_maximum_locks() {
        assertThat(LockoutPolicy.defaults().locksAfter(6)).isTrue();
    }

    @Test
    void no_failures_do_not_lock() {
        assertThat(LockoutPolicy.defaults().locksAfter(0)).isFalse();
    }

    @Test
    void a_maximum_of_one_locks_at_the_first_failure() {
        assertThat(new LockoutPolicy(1, FIFTEEN_MINUTES, FIFTEEN_MINUTES).locksAfter(1)).isTrue();
    }

    @Test
    void the_lock_ends_one_lock_duration_from_now() {
        LockoutPolicy policy = new LockoutPolicy(5, FIFTEEN_MINUTES, Duration.ofMinutes(30));

        assertThat(policy.lockEnd(NOW)).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void fewer_than_one_failure_is_refused(int maxFailures) {
        assertThatThrownBy(() -> new LockoutPolicy(maxFailures, FIFTEEN_MINUTES, FIFTEEN_MINUTES))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_zero_window_is_refused() {
        assertThatThrownBy(() -> new LockoutPolicy(5, Duration.ZERO, FIFTEEN_MINUTES))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_negative_window_is_refused() {
        assertThatThrownBy(() -> new LockoutPolicy(5, Duration.ofSeconds(-1), FIFTEEN_MINUTES))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_zero_lock_duration_is_refused() {
        assertThatThrownBy(() -> new LockoutPolicy(5, FIFTEEN_MINUTES, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_negative_lock_duration_is_refused() {
        assertThatThrownBy(() -> new LockoutPolicy(5, FIFTEEN_MINUTES, Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_missing_window_is_refused() {
        assertThatThrownBy(() -> new LockoutPolicy(5, null, FIFTEEN_MINUTES)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void a_missing_lock_duration_is_refused() {
        assertThatThrownBy(() -> new LockoutPolicy(5, FIFTEEN_MINUTES, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void the_smallest_positive_durations_are_allowed() {
        LockoutPolicy policy = new LockoutPolicy(1, Duration.ofNanos(1), Duration.ofNanos(1));

        assertThat(policy.lockEnd(NOW)).isEqualTo(NOW.plusNanos(1));
    }
}
