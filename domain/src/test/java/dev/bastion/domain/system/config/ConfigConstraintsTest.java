package dev.bastion.domain.system.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.shared.InvalidValueException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ConfigConstraintsTest {

    private static void assertRefusedNaming(String field, Runnable check, String... inMessage) {
        assertThatThrownBy(check::run).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            for (String text : inMessage) {
                assertThat(e.getMessage()).contains(text);
            }
        });
    }

    @ParameterizedTest
    @EnumSource(value = ConfigType.class, names = {"STRING", "BOOLEAN", "JSON"})
    void aRangeAppliesOnlyToNumbersAndDurations(ConfigType type) {
        assertRefusedNaming("constraints.min", () -> ConfigConstraints.range("1", null).checkFor(type), "only to");
        assertRefusedNaming("constraints.max", () -> ConfigConstraints.range(null, "1").checkFor(type), "only to");
    }

    @ParameterizedTest
    @EnumSource(value = ConfigType.class, names = {"INTEGER", "BOOLEAN", "DECIMAL", "DURATION", "JSON"})
    void aPatternAppliesOnlyToStrings(ConfigType type) {
        assertRefusedNaming("constraints.pattern", () -> new ConfigConstraints(null, null, ".*", null).checkFor(type),
                "only to STRING");
    }

    @ParameterizedTest
    @EnumSource(value = ConfigType.class, names = {"BOOLEAN", "DURATION", "JSON"})
    void allowedValuesApplyOnlyToStringsAndNumbers(ConfigType type) {
        assertRefusedNaming("constraints.allowed", () -> ConfigConstraints.oneOf("true").checkFor(type), "only to");
    }

    @Test
    void theBoundsAreValuesOfTheTypeAndInOrder() {
        assertRefusedNaming("constraints.min", () -> ConfigConstraints.range("x", "9").checkFor(ConfigType.INTEGER),
                "INTEGER");
        assertRefusedNaming("constraints.max", () -> ConfigConstraints.range("1s", "soon").checkFor(ConfigType.DURATION),
                "DURATION");
        assertRefusedNaming("constraints.min", () -> ConfigConstraints.range("9", "1").checkFor(ConfigType.INTEGER),
                "greater");
        assertThatCode(() -> ConfigConstraints.range("1m", "PT1H").checkFor(ConfigType.DURATION))
                .doesNotThrowAnyException();
    }

    @Test
    void aPatternMustCompileAndBeShort() {
        assertRefusedNaming("constraints.pattern",
                () -> new ConfigConstraints(null, null, "(open", null).checkFor(ConfigType.STRING), "regular expression");
        assertRefusedNaming("constraints.pattern",
                () -> new ConfigConstraints(null, null, "a".repeat(201), null).checkFor(ConfigType.STRING), "200");
    }

    @Test
    void allowedValuesAreOfTheTypeDistinctAndFew() {
        assertRefusedNaming("constraints.allowed", () -> ConfigConstraints.oneOf("1", "x").checkFor(ConfigType.INTEGER),
                "INTEGER");
        assertRefusedNaming("constraints.allowed", () -> ConfigConstraints.oneOf("1.0", "1.00")
                .checkFor(ConfigType.DECIMAL), "twice");
        assertRefusedNaming("constraints.allowed", () -> new ConfigConstraints(null, null, null, List.of())
                .checkFor(ConfigType.STRING), "1 to 50");
    }

    @Test
    void aValueIsCheckedAgainstEachPart() {
        ConfigConstraints range = ConfigConstraints.range("1m", "1h");
        assertThatCode(() -> range.checkValue(ConfigType.DURATION, "value", "PT30M")).doesNotThrowAnyException();
        assertRefusedNaming("value", () -> range.checkValue(ConfigType.DURATION, "value", "30s"), "at least 1m");
        assertRefusedNaming("value", () -> range.checkValue(ConfigType.DURATION, "value", "2h"), "at most 1h");
        ConfigConstraints words = new ConfigConstraints(null, null, "[a-z]+", List.of("on", "off", "x1"));
        assertThatCode(() -> words.checkValue(ConfigType.STRING, "value", "on")).doesNotThrowAnyException();
        assertRefusedNaming("value", () -> words.checkValue(ConfigType.STRING, "value", "x1"), "constraints.pattern");
        assertRefusedNaming("value", () -> words.checkValue(ConfigType.STRING, "value", "up"), "constraints.allowed");
        assertThatCode(() -> ConfigConstraints.oneOf("1.5").checkValue(ConfigType.DECIMAL, "value", "1.50"))
                .as("decimals compare by value").doesNotThrowAnyException();
    }

    @Test
    void aBacktrackingPatternIsStoppedWithinItsBudget() {
        ConfigConstraints evil = new ConfigConstraints(null, null, "(.*a){20}", null);
        evil.checkFor(ConfigType.STRING);
        long start = System.nanoTime();

        assertRefusedNaming("value", () -> evil.checkValue(ConfigType.STRING, "value", "a".repeat(30) + "!"),
                "simplify");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }
}
