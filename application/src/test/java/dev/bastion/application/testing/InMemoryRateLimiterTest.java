package dev.bastion.application.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.domain.shared.RateLimiter.Decision;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InMemoryRateLimiterTest {

    private static final Instant MINUTE = Instant.parse("2025-03-01T09:00:00Z");
    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final InMemoryRateLimiter limiter = new InMemoryRateLimiter();

    private Decision attempt(String key, Instant at) {
        return limiter.acquire(key, 3, WINDOW, at);
    }

    @Test
    void attempts_up_to_the_limit_are_allowed() {
        assertThat(attempt("ip", MINUTE)).isEqualTo(Decision.allow());
        assertThat(attempt("ip", MINUTE)).isEqualTo(Decision.allow());
        assertThat(attempt("ip", MINUTE)).isEqualTo(Decision.allow());
    }

    @Test
    void the_attempt_over_the_limit_is_refused_until_the_window_ends() {
        for (int i = 0; i < 3; i++) {
            attempt("ip", MINUTE);
        }

        assertThat(attempt("ip", MINUTE.plusSeconds(20))).isEqualTo(Decision.refuse(Duration.ofSeconds(40)));
    }

    @Test
    void windows_are_aligned_to_the_epoch_not_to_the_first_attempt() {
        for (int i = 0; i < 3; i++) {
            attempt("ip", MINUTE.plusSeconds(59));
        }

        assertThat(attempt("ip", MINUTE.plusSeconds(60)).allowed()).isTrue();
    }

    @Test
    void refused_attempts_count_too() {
        for (int i = 0; i < 5; i++) {
            attempt("ip", MINUTE);
        }

        assertThat(attempt("ip", MINUTE.plusSeconds(59)).allowed()).isFalse();
    }

    @Test
    void keys_are_counted_apart() {
        for (int i = 0; i < 3; i++) {
            attempt("ip-1", MINUTE);
        }

        assertThat(attempt("ip-2", MINUTE).allowed()).isTrue();
    }
}
