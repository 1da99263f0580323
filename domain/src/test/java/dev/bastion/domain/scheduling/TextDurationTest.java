package dev.bastion.domain.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.shared.InvalidValueException;
import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TextDurationTest {

    @ParameterizedTest
    @CsvSource({"500ms, PT0.5S", "30s, PT30S", "15m, PT15M", "2h, PT2H", "1d, PT24H", "0s, PT0S", "' 45s ', PT45S",
            "PT30S, PT30S", "P1D, PT24H", "pt1h30m, PT1H30M", "PT0.25S, PT0.25S", "PT-5S, PT-5S"})
    void iso_8601_and_a_number_with_a_unit_are_read(String text, String expected) {
        assertThat(TextDuration.parse("f", text)).isEqualTo(Duration.parse(expected));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "30", "30 s", "30S", "1w", "-5s", "+5s", "1.5h", "P", "PT", "P1Y", "-PT5S", "thirty seconds",
            "9999999999s", "PT9999999999999999999999S", "P10000000000000000000000000000000000000D"})
    void anything_else_is_refused_naming_the_field_given(String text) {
        assertThatThrownBy(() -> TextDuration.parse("parameters.age", text))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("parameters.age"));
    }

    @Property
    void every_shorthand_reads_as_its_unit(@ForAll @IntRange(min = 0, max = 999_999_999) int amount) {
        assertThat(TextDuration.parse("f", amount + "ms")).isEqualTo(Duration.ofMillis(amount));
        assertThat(TextDuration.parse("f", amount + "s")).isEqualTo(Duration.ofSeconds(amount));
        assertThat(TextDuration.parse("f", amount + "m")).isEqualTo(Duration.ofMinutes(amount));
        assertThat(TextDuration.parse("f", amount + "h")).isEqualTo(Duration.ofHours(amount));
        assertThat(TextDuration.parse("f", amount + "d")).isEqualTo(Duration.ofDays(amount));
    }

    @Property
    void every_duration_reads_back_from_its_iso_text(@ForAll @LongRange(min = 0, max = 100_000_000_000L) long millis) {
        Duration duration = Duration.ofMillis(millis);
        assertThat(TextDuration.parse("f", duration.toString())).isEqualTo(duration);
    }
}
