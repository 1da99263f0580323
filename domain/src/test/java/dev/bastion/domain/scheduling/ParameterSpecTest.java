package dev.bastion.domain.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.shared.InvalidValueException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParameterSpecTest {

    private static final ParameterSpec DAYS = ParameterSpec.optional("days", ParameterType.INTEGER, 30, "Days kept")
            .between(1, 3650);
    private static final ParameterSpec LABEL = ParameterSpec.required("label", ParameterType.STRING, "A label")
            .between(2, 5);
    private static final ParameterSpec DRY_RUN = ParameterSpec.optional("dryRun", ParameterType.BOOLEAN, false, "Dry");
    private static final ParameterSpec MAX_AGE = ParameterSpec.optional("maxAge", ParameterType.DURATION, " 30s ", "Age")
            .between(1_000, 86_400_000);

    private static void assertRefused(ParameterSpec spec, Object value) {
        assertThatThrownBy(() -> spec.accept(value)).as("%s", value)
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("parameters." + spec.name()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"days", "maxAge", "a", "x1", "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123"})
    void a_name_is_a_camel_case_word_of_up_to_40_characters(String name) {
        assertThat(ParameterSpec.required(name, ParameterType.STRING, "d").name()).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Days", "max_age", "max-age", "1x", "max age", "parameters.x",
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ01234"})
    void other_names_are_a_declaration_mistake(String name) {
        assertThatThrownBy(() -> ParameterSpec.required(name, ParameterType.STRING, "d"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_required_parameter_has_no_default_and_bounds_are_not_empty() {
        assertThatThrownBy(() -> new ParameterSpec("days", ParameterType.INTEGER, true, 3, "d", null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ParameterSpec.required("days", ParameterType.INTEGER, "d").between(5, 4))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ParameterSpec.required("days", ParameterType.INTEGER, null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void a_default_is_held_as_a_value_would_be_and_within_the_bounds() {
        assertThat(DAYS.defaultValue()).isEqualTo(30L);
        assertThat(MAX_AGE.defaultValue()).isEqualTo("30s");
        assertThatThrownBy(() -> ParameterSpec.optional("days", ParameterType.INTEGER, 0, "d").between(1, 10))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> ParameterSpec.optional("days", ParameterType.INTEGER, "30", "d"))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void an_integer_is_any_whole_number_and_is_held_as_a_long() {
        for (Object whole : List.of(7, 7L, (short) 7, (byte) 7, BigInteger.valueOf(7), new BigDecimal("7.00"), 7.0,
                7.0f)) {
            assertThat(DAYS.accept(whole)).as("%s", whole).isEqualTo(7L);
        }
        ParameterSpec unbounded = ParameterSpec.required("n", ParameterType.INTEGER, "n");
        assertThat(unbounded.accept(Long.MIN_VALUE)).isEqualTo(Long.MIN_VALUE);
        assertThat(unbounded.accept(new BigDecimal("1E+3"))).isEqualTo(1_000L);
    }

    @Test
    void an_integer_that_is_not_whole_not_a_number_or_out_of_bounds_is_refused() {
        for (Object bad : List.of(7.5, new BigDecimal("7.01"), BigInteger.TWO.pow(64), 1e300, Double.NaN,
                Double.POSITIVE_INFINITY, "7", true, List.of(7), 0, 3651, -1)) {
            assertRefused(DAYS, bad);
        }
        assertThatThrownBy(() -> DAYS.accept(0)).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> DAYS.accept(3651)).hasMessageContaining("at most 3650");
    }

    @Test
    void a_string_is_stripped_printable_text_its_bounds_its_length_in_characters() {
        assertThat(LABEL.accept("  ab ")).isEqualTo("ab");
        assertThat(LABEL.accept("😀😀😀😀😀")).isEqualTo("😀😀😀😀😀");
        for (Object bad : List.of("a", "abcdef", " ", "a\u0000b", "ab\ud800", 12, List.of("ab"))) {
            assertRefused(LABEL, bad);
        }
        ParameterSpec unbounded = ParameterSpec.required("text", ParameterType.STRING, "t");
        assertThat(unbounded.accept("x".repeat(ParameterSpec.MAX_STRING_LENGTH))).asString().hasSize(1_000);
        assertRefused(unbounded, "x".repeat(ParameterSpec.MAX_STRING_LENGTH + 1));
    }

    @Test
    void a_boolean_is_true_or_false_and_nothing_else() {
        assertThat(DRY_RUN.accept(true)).isEqualTo(true);
        assertThat(DRY_RUN.defaultValue()).isEqualTo(false);
        for (Object bad : List.of("true", 1, 0)) {
            assertRefused(DRY_RUN, bad);
        }
    }

    @Test
    void a_duration_is_kept_as_its_stripped_text_its_bounds_in_milliseconds() {
        assertThat(MAX_AGE.accept(" PT1M ")).isEqualTo("PT1M");
        assertThat(MAX_AGE.accept("1s")).isEqualTo("1s");
        assertThat(MAX_AGE.accept("1d")).isEqualTo("1d");
        for (Object bad : List.of("999ms", "PT24H0.001S", "PT-5S", "soon", 30, "", "PT5Sx")) {
            assertRefused(MAX_AGE, bad);
        }
    }

    @Test
    void a_duration_too_long_to_count_in_milliseconds_is_over_any_bound_not_an_error() {
        String forever = "PT" + Long.MAX_VALUE + "S";
        assertThatThrownBy(() -> MAX_AGE.accept(forever)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("at most 1d");
        ParameterSpec unbounded = ParameterSpec.required("wait", ParameterType.DURATION, "w");
        assertThat(unbounded.accept(forever)).isEqualTo(forever);
    }
}
