package dev.bastion.domain.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.shared.InvalidValueException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JobTimezoneTest {

    @Test
    void no_zone_is_utc_and_reads_back_as_utc() {
        assertThat(JobTimezone.parse(null)).isEqualTo(JobTimezone.DEFAULT);
        assertThat(JobTimezone.DEFAULT.getId()).isEqualTo("UTC");
        assertThat(ZoneId.of(JobTimezone.DEFAULT.getId())).isEqualTo(JobTimezone.DEFAULT);
        assertThat(JobTimezone.parse("UTC")).isEqualTo(JobTimezone.DEFAULT);
    }

    @Test
    void regions_and_offsets_are_zones() {
        assertThat(JobTimezone.parse(" Europe/Berlin ")).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(JobTimezone.parse("+05:30")).isEqualTo(ZoneOffset.ofHoursMinutes(5, 30));
        assertThat(JobTimezone.parse("Z")).isEqualTo(ZoneOffset.UTC);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "Mars/Olympus", "Europe/", "+25:00", "Berlin", "Europe/Ber\nlin"})
    void anything_else_is_refused_naming_timezone(String text) {
        assertThatThrownBy(() -> JobTimezone.parse(text)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.field()).isEqualTo("timezone"));
    }

    @Test
    void a_zone_name_over_64_characters_is_refused_before_it_is_looked_up() {
        assertThatThrownBy(() -> JobTimezone.parse("America/" + "x".repeat(57)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("timezone"))
                .hasMessageContaining("64");
    }
}
