package dev.bastion.adapters.messaging.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class EpochMillisTextTest {

    @Test
    void wholeMillisecondsAreAPlainNumber() {
        Instant instant = Instant.parse("2026-03-02T10:00:00.123Z");

        assertThat(EpochMillisText.format(instant)).isEqualTo("1772445600123");
        assertThat(EpochMillisText.parse("1772445600123")).isEqualTo(instant);
    }

    @Test
    void finerInstantsKeepTheirFractionExactly() {
        Instant micros = Instant.parse("2026-03-02T10:00:00.123450Z");
        Instant nanos = Instant.parse("2026-03-02T10:00:00.123456789Z");

        assertThat(EpochMillisText.format(micros)).isEqualTo("1772445600123.45");
        assertThat(EpochMillisText.format(nanos)).isEqualTo("1772445600123.456789");
        assertThat(EpochMillisText.parse(EpochMillisText.format(micros))).isEqualTo(micros);
        assertThat(EpochMillisText.parse(EpochMillisText.format(nanos))).isEqualTo(nanos);
        assertThat(EpochMillisText.parse("1772445600123.000001")).isEqualTo(Instant.parse("2026-03-02T10:00:00.123000001Z"));
    }

    @Test
    void somethingElseIsRefused() {
        assertThatThrownBy(() -> EpochMillisText.parse("12.")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EpochMillisText.parse("12.1234567")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EpochMillisText.parse("12.-5")).isInstanceOf(IllegalArgumentException.class);
    }
}
