package dev.bastion.domain.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class TextDurationFormatTest {

    @Test
    void a_duration_is_written_in_the_largest_unit_that_divides_it() {
        assertThat(TextDuration.format(Duration.ofDays(180))).isEqualTo("180d");
        assertThat(TextDuration.format(Duration.ofHours(36))).isEqualTo("36h");
        assertThat(TextDuration.format(Duration.ofMinutes(90))).isEqualTo("90m");
        assertThat(TextDuration.format(Duration.ofSeconds(61))).isEqualTo("61s");
        assertThat(TextDuration.format(Duration.ofMillis(1500))).isEqualTo("1500ms");
        assertThat(TextDuration.format(Duration.ZERO)).isEqualTo("0s");
    }

    @Test
    void what_no_unit_writes_stays_iso() {
        assertThat(TextDuration.format(Duration.ofNanos(1_500))).isEqualTo("PT0.0000015S");
        assertThat(TextDuration.format(Duration.ofSeconds(-5))).isEqualTo("PT-5S");
        assertThat(TextDuration.format(Duration.ofSeconds(Long.MAX_VALUE))).startsWith("PT");
    }

    @Property
    void what_is_written_reads_back_the_same(@ForAll @LongRange(min = 0, max = 86_400_000L * 400) long millis) {
        Duration duration = Duration.ofMillis(millis);

        assertThat(TextDuration.parse("d", TextDuration.format(duration))).isEqualTo(duration);
    }
}
