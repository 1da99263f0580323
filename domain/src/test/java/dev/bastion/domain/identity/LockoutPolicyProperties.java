package dev.bastion.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class LockoutPolicyProperties {

    private static final Duration WINDOW = Duration.ofMinutes(15);

    @Property
    void it_locks_exactly_from_the_maximum_on(@ForAll @IntRange(min = 1, max = 1_000) int maxFailures,
                                              @ForAll @IntRange(min = 0, max = 2_000) int failures) {
        LockoutPolicy policy = new LockoutPolicy(maxFailures, WINDOW, WINDOW);

        assertThat(policy.locksAfter(failures)).isEqualTo(failures >= maxFailures);
    }

    @Property
    void the_lock_always_ends_after_now(@ForAll @LongRange(min = 1, max = 86_400_000) long lockMillis,
                                        @ForAll @LongRange(min = 0, max = 4_102_444_800L) long nowSeconds) {
        LockoutPolicy policy = new LockoutPolicy(5, WINDOW, Duration.ofMillis(lockMillis));
        Instant now = Instant.ofEpochSecond(nowSeconds);

        assertThat(policy.lockEnd(now)).isAfter(now).isEqualTo(now.plusMillis(lockMillis));
    }
}
