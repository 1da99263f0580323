package dev.bastion.application.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.scheduling.CronExpression;
import dev.bastion.domain.shared.InvalidValueException;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FakeCronSchedulesTest {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final Instant AT = Instant.parse("2026-03-01T10:00:10Z");
    private final FakeCronSchedules cron = new FakeCronSchedules();

    @Test
    void every_n_seconds_fires_at_the_multiples_strictly_after() {
        assertThat(cron.next(new CronExpression("every 30s"), UTC, AT, 3)).containsExactly(
                Instant.parse("2026-03-01T10:00:30Z"), Instant.parse("2026-03-01T10:01:00Z"),
                Instant.parse("2026-03-01T10:01:30Z"));
        assertThat(cron.next(new CronExpression("every 10s"), UTC, AT, 1))
                .containsExactly(Instant.parse("2026-03-01T10:00:20Z"));
    }

    @Test
    void daily_fires_at_the_local_time_of_the_zone() {
        assertThat(cron.next(new CronExpression("daily 12:00"), ZoneId.of("Asia/Tokyo"), AT, 2)).containsExactly(
                Instant.parse("2026-03-02T03:00:00Z"), Instant.parse("2026-03-03T03:00:00Z"));
        assertThat(cron.next(new CronExpression("daily 11:00"), UTC, AT, 1))
                .containsExactly(Instant.parse("2026-03-01T11:00:00Z"));
    }

    @Test
    void once_fires_only_while_it_is_still_to_come() {
        assertThat(cron.next(new CronExpression("once 2026-03-01T10:00:11Z"), UTC, AT, 5)).hasSize(1);
        assertThat(cron.next(new CronExpression("once 2026-03-01T10:00:10Z"), UTC, AT, 5)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0 0 3 * * *", "every 0s", "every s", "daily 25:00", "once tomorrow"})
    void anything_else_is_refused_on_cron(String text) {
        assertThatThrownBy(() -> cron.requireValid(new CronExpression(text)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("cron"));
    }
}
