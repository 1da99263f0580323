package dev.bastion.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

class RateLimitedExceptionProperties {

    private static final Pattern SECONDS = Pattern.compile("try again in (\\d+) s$");

    @Property
    void the_message_always_asks_for_at_least_one_second(@ForAll @LongRange(min = 0, max = 86_400_000) long millis) {
        assertThat(shownSeconds(Duration.ofMillis(millis))).isGreaterThanOrEqualTo(1);
    }

    @Property
    void the_message_shows_whole_seconds_of_a_wait_of_at_least_a_second(
            @ForAll @LongRange(min = 1, max = 86_400) long seconds) {
        assertThat(shownSeconds(Duration.ofSeconds(seconds))).isEqualTo(seconds);
    }

    @Property
    void the_wait_is_kept_exactly(@ForAll @LongRange(min = 0, max = 86_400_000) long millis) {
        assertThat(new RateLimitedException(Duration.ofMillis(millis)).retryAfter()).isEqualTo(Duration.ofMillis(millis));
    }

    private static long shownSeconds(Duration wait) {
        Matcher m = SECONDS.matcher(new RateLimitedException(wait).getMessage());
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }
}
