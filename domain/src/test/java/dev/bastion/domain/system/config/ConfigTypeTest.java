package dev.bastion.domain.system.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.shared.InvalidValueException;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ConfigTypeTest {

    private static void assertRefused(ConfigType type, String value, String expected) {
        assertThatThrownBy(() -> type.read("value", value)).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.field()).isEqualTo("value");
            assertThat(e.getMessage()).contains(expected);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1.5", "", " 1", "1 ", "+1", "99999999999999999999", "1e3"})
    void anIntegerIsAWholeNumberThatFitsInALong(String value) {
        assertRefused(ConfigType.INTEGER, value, "INTEGER");
    }

    @Test
    void integersReadAsLongs() {
        assertThat(ConfigType.INTEGER.read("value", "-42")).isEqualTo(-42L);
        assertThat(ConfigType.INTEGER.read("value", String.valueOf(Long.MAX_VALUE))).isEqualTo(Long.MAX_VALUE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"True", "TRUE", "yes", "1", "", " true", "false "})
    void aBooleanIsExactlyTrueOrFalse(String value) {
        assertRefused(ConfigType.BOOLEAN, value, "true or false");
    }

    @Test
    void booleansRead() {
        assertThat(ConfigType.BOOLEAN.read("value", "true")).isEqualTo(true);
        assertThat(ConfigType.BOOLEAN.read("value", "false")).isEqualTo(false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,5", "1.", ".5", "1e3", "abc", "", "--1"})
    void aDecimalIsDigitsWithAnOptionalFraction(String value) {
        assertRefused(ConfigType.DECIMAL, value, "DECIMAL");
    }

    @Test
    void decimalsReadAsBigDecimals() {
        assertThat(ConfigType.DECIMAL.read("value", "-12.50")).isEqualTo(new BigDecimal("-12.50"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"P1X", "15", "1w", "m", "", "PT", "PT-1S", "-15m", "15 m"})
    void aDurationIsIsoOrTheShortForm(String value) {
        assertThatThrownBy(() -> ConfigType.DURATION.read("value", value)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("");
    }

    @ParameterizedTest
    @CsvSource({"PT15M, 900", "pt15m, 900", "P7D, 604800", "15m, 900", "7d, 604800", "2h, 7200", "30s, 30",
            "0s, 0", "PT0.5S, 0"})
    void durationsReadInBothForms(String value, long seconds) {
        assertThat(((Duration) ConfigType.DURATION.read("value", value)).toSeconds()).isEqualTo(seconds);
    }

    @Test
    void milliseconds() {
        assertThat(ConfigType.DURATION.read("value", "500ms")).isEqualTo(Duration.ofMillis(500));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "{\"a\":}", "[1,]", "{'a':1}", "tru", "01", "1.", "\"unclosed", "{\"a\":1} x",
            "NaN", "[1 2]", "{\"a\" 1}", "\"\\x\""})
    void invalidJsonIsRefusedSayingWhere(String value) {
        assertRefused(ConfigType.JSON, value, "JSON");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "[]", "1", "-0.5e-3", "\"text\"", "null", "true",
            "{\"a\": [1, {\"b\": null}], \"c\": \"\\u00e9\\n\"}", " [ 1 , 2 ] "})
    void validJsonIsKeptAsWritten(String value) {
        assertThat(ConfigType.JSON.read("value", value)).isEqualTo(value);
    }

    @Test
    void jsonNestedTooDeeplyIsRefused() {
        String deep = "[".repeat(JsonSyntax.MAX_DEPTH + 1) + "]".repeat(JsonSyntax.MAX_DEPTH + 1);
        assertRefused(ConfigType.JSON, deep, "deeper");
        String fine = "[".repeat(JsonSyntax.MAX_DEPTH) + "]".repeat(JsonSyntax.MAX_DEPTH);
        assertThat(ConfigType.JSON.read("value", fine)).isEqualTo(fine);
    }

    @Test
    void anUnknownTypeNameIsRefusedListingTheAllowedOnes() {
        assertThatThrownBy(() -> ConfigType.parse("type", "FLOAT")).isInstanceOfSatisfying(InvalidValueException.class,
                e -> {
                    assertThat(e.field()).isEqualTo("type");
                    assertThat(e.getMessage()).contains("STRING | INTEGER | BOOLEAN | DECIMAL | DURATION | JSON");
                });
        assertThatThrownBy(() -> ConfigType.parse("type", "string")).isInstanceOf(InvalidValueException.class);
        assertThat(ConfigType.parse("type", "JSON")).isEqualTo(ConfigType.JSON);
    }
}
