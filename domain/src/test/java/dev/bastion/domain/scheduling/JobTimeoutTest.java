package dev.bastion.domain.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.shared.InvalidValueException;
import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class JobTimeoutTest {

    @Test
    void the_default_is_an_hour() {
        assertThat(JobTimeout.DEFAULT.value()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void a_timeout_is_parsed_as_iso_or_shorthand() {
        assertThat(JobTimeout.parse("PT30S").value()).isEqualTo(Duration.ofSeconds(30));
        assertThat(JobTimeout.parse("15m").value()).isEqualTo(Duration.ofMinutes(15));
        assertThat(JobTimeout.parse("1ms").value()).isEqualTo(Duration.ofMillis(1));
    }

    @Test
    void a_whole_day_is_the_most() {
        assertThat(JobTimeout.parse("1d").value()).isEqualTo(JobTimeout.MAX);
        assertThat(JobTimeout.parse("P1D").value()).isEqualTo(JobTimeout.MAX);
        assertThat(JobTimeout.parse("86400000ms").value()).isEqualTo(JobTimeout.MAX);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0s", "0ms", "PT0S", "PT-1S", "86400001ms", "25h", "2d", "PT24H0.001S"})
    void zero_less_or_over_a_day_is_refused_naming_timeout(String text) {
        assertThatThrownBy(() -> JobTimeout.parse(text)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.field()).isEqualTo("timeout"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"soon", "1 h", "1w"})
    void text_that_is_no_duration_is_refused_naming_timeout(String text) {
        assertThatThrownBy(() -> JobTimeout.parse(text)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.field()).isEqualTo("timeout"));
    }

    @Property
    void exactly_the_durations_in_zero_exclusive_to_a_day_inclusive_are_timeouts(
            @ForAll @LongRange(min = -1_000, max = 86_401_000) long millis) {
        Duration duration = Duration.ofMillis(millis);
        if (millis > 0 && millis <= 86_400_000) {
            assertThat(new JobTimeout(duration).value()).isEqualTo(duration);
        } else {
            assertThatThrownBy(() -> new JobTimeout(duration)).isInstanceOf(InvalidValueException.class);
        }
    }
}
