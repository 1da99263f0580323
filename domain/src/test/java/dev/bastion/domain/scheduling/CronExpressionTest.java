package dev.bastion.domain.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Only the outer shape: whether the fields mean anything is the parser's ({@link CronSchedules}). */
class CronExpressionTest {

    @Test
    void the_text_is_stripped_and_its_runs_of_spaces_become_one() {
        assertThat(new CronExpression("  0  0 3 *   * * ").text()).isEqualTo("0 0 3 * * *");
        assertThat(new CronExpression("*/5 * * * *")).hasToString("*/5 * * * *");
    }

    @Test
    void two_spellings_of_one_expression_are_equal() {
        assertThat(new CronExpression("0 0 3 * * *")).isEqualTo(new CronExpression(" 0 0  3 * * * "));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "0 0\t3 * * *", "0 0 3 * *\n*", "0 0 3 * * \u0000"})
    void blank_or_unprintable_text_is_refused_naming_cron(String text) {
        assertThatThrownBy(() -> new CronExpression(text)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.field()).isEqualTo("cron"));
    }

    @Test
    void an_expression_is_at_most_120_characters() {
        String longest = "0 ".repeat(59) + "00";
        assertThat(longest).hasSize(CronExpression.MAX_LENGTH);
        assertThat(new CronExpression(longest).text()).isEqualTo(longest);
        assertThatThrownBy(() -> new CronExpression(longest + "0")).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.field()).isEqualTo("cron"));
    }
}
