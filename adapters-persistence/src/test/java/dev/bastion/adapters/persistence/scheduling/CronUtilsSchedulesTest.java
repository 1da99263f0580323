package dev.bastion.adapters.persistence.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.scheduling.CronExpression;
import dev.bastion.domain.shared.InvalidValueException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CronUtilsSchedulesTest {

    private final CronUtilsSchedules schedules = new CronUtilsSchedules();
    private static final Instant NOON = Instant.parse("2026-12-03T12:00:00Z");

    @Test
    void sixFieldsHaveSecondsFirst() {
        assertThat(schedules.next(new CronExpression("*/15 * * * * *"), ZoneOffset.UTC, NOON, 3)).containsExactly(
                Instant.parse("2026-12-03T12:00:15Z"), Instant.parse("2026-12-03T12:00:30Z"),
                Instant.parse("2026-12-03T12:00:45Z"));
    }

    @Test
    void fireTimesAreWholeSecondsWhateverTheFractionOfTheMomentGiven() {
        assertThat(schedules.next(new CronExpression("* * * * * *"), ZoneOffset.UTC, NOON.plusMillis(83), 2))
                .containsExactly(Instant.parse("2026-12-03T12:00:01Z"), Instant.parse("2026-12-03T12:00:02Z"));
        assertThat(schedules.next(new CronExpression("0 * * * * *"), ZoneOffset.UTC, NOON.minusMillis(1), 1))
                .containsExactly(NOON);
    }

    @Test
    void fiveFieldsAreTheClassicCronWithoutSeconds() {
        assertThat(schedules.next(new CronExpression("30 3 * * *"), ZoneOffset.UTC, NOON, 2)).containsExactly(
                Instant.parse("2026-12-04T03:30:00Z"), Instant.parse("2026-12-05T03:30:00Z"));
    }

    @Test
    void theCronIsReadInTheJobsTimeZone() {
        assertThat(schedules.next(new CronExpression("0 0 9 * * *"), ZoneId.of("Asia/Shanghai"), NOON, 1))
                .containsExactly(Instant.parse("2026-12-04T01:00:00Z"));
    }

    @Test
    void aScheduleParsedBeforeIsReadInTheZoneAskedForNow() {
        CronExpression nine = new CronExpression("0 0 9 * * *");
        assertThat(schedules.next(nine, ZoneOffset.UTC, NOON, 1)).containsExactly(Instant.parse("2026-12-04T09:00:00Z"));
        assertThat(schedules.next(nine, ZoneId.of("Asia/Shanghai"), NOON, 1))
                .containsExactly(Instant.parse("2026-12-04T01:00:00Z"));
        assertThat(schedules.next(nine, ZoneOffset.UTC, NOON, 1)).containsExactly(Instant.parse("2026-12-04T09:00:00Z"));
    }

    @Test
    void pastTheBoundOfParsedSchedulesEveryExpressionStillGivesItsOwnTimes() {
        for (int i = 0; i <= CronUtilsSchedules.MAXIMUM_PARSED + 5; i++) {
            int minute = i % 60;
            int hour = (i / 60) % 24;
            assertThat(schedules.next(new CronExpression(minute + " " + hour + " * * *"), ZoneOffset.UTC, NOON, 1))
                    .as("expression %d", i).hasSize(1)
                    .allSatisfy(next -> assertThat(next.atZone(ZoneOffset.UTC))
                            .satisfies(at -> assertThat(at.getMinute()).isEqualTo(minute))
                            .satisfies(at -> assertThat(at.getHour()).isEqualTo(hour)));
        }
    }

    @Test
    void timesAreStrictlyAfterTheGivenMoment() {
        assertThat(schedules.next(new CronExpression("0 0 12 * * *"), ZoneOffset.UTC, NOON, 1))
                .containsExactly(Instant.parse("2026-12-04T12:00:00Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"* * *", "0 0 25 * * *", "61 * * * * *", "0 0 12 * * FOO", "a b c d e f", "-",
            "0 0 0 1 1 * 2030 x"})
    void anExpressionTheParserRefusesIsAValidationErrorOnCronWithItsReason(String text) {
        assertThatThrownBy(() -> schedules.requireValid(new CronExpression(text)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("cron");
                    assertThat(e.getMessage()).isNotBlank();
                });
    }

    @Test
    void theWrongNumberOfFieldsSaysHowManyAreWanted() {
        assertThatThrownBy(() -> schedules.requireValid(new CronExpression("* * *")))
                .hasMessageContaining("6 fields").hasMessageContaining("it has 3");
    }

    @Test
    void aValidExpressionPasses() {
        schedules.requireValid(new CronExpression("0 0 9 * * MON-FRI"));
        schedules.requireValid(new CronExpression("0 */5 * * * *"));
        schedules.requireValid(new CronExpression("*/5 * * * *"));
    }
}
