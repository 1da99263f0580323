package dev.bastion.domain.system.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.shared.InvalidValueException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/** Each type, over many values: what it writes it reads back; what is not of its form it refuses, naming the field. */
class ConfigTypeProperties {

    // ------------------------------------------------------------------ INTEGER

    @Property
    void every_long_reads_back_as_itself(@ForAll long number) {
        assertThat(ConfigType.INTEGER.read("value", Long.toString(number))).isEqualTo(number);
    }

    @Property
    void text_with_anything_but_digits_and_a_leading_minus_is_no_integer(@ForAll("notDigits") String text) {
        assertRefusedNaming("value", () -> ConfigType.INTEGER.read("value", text));
    }

    @Property
    void an_integer_meets_a_range_exactly_when_it_lies_within(@ForAll @LongRange(min = -1000, max = 1000) long value,
                                                           @ForAll @LongRange(min = -1000, max = 0) long min,
                                                           @ForAll @LongRange(min = 0, max = 1000) long max) {
        ConfigDefinition definition = new ConfigDefinition(new ConfigKey("a.b"), "N", ConfigType.INTEGER,
                ConfigConstraints.range(Long.toString(min), Long.toString(max)), null);
        if (value >= min && value <= max) {
            assertThatCode(() -> ConfigParam.requireValid(definition, "value", Long.toString(value)))
                    .doesNotThrowAnyException();
        } else {
            assertRefusedNaming("value", () -> ConfigParam.requireValid(definition, "value", Long.toString(value)));
        }
    }

    // ------------------------------------------------------------------ DECIMAL

    @Property
    void every_plain_decimal_reads_back_equal(@ForAll("decimals") BigDecimal number) {
        assertThat(ConfigType.DECIMAL.read("value", number.toPlainString())).isEqualTo(number);
    }

    // ------------------------------------------------------------------ BOOLEAN

    @Property
    void a_boolean_is_only_ever_true_or_false(@ForAll String text) {
        Assume.that(!text.equals("true") && !text.equals("false"));
        assertRefusedNaming("value", () -> ConfigType.BOOLEAN.read("value", text));
    }

    // ------------------------------------------------------------------ DURATION

    @Property
    void every_non_negative_duration_reads_back_from_its_iso_form(@ForAll("durations") Duration duration) {
        assertThat(ConfigType.DURATION.read("value", duration.toString())).isEqualTo(duration);
    }

    @Property
    void the_short_form_is_a_number_of_units(@ForAll @LongRange(min = 0, max = 100_000) long amount,
                                            @ForAll("units") String unit) {
        Duration expected = switch (unit) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
        assertThat(ConfigDurations.parse("value", amount + unit)).isEqualTo(expected);
    }

    @Property
    void a_negative_duration_is_refused(@ForAll("durations") Duration duration) {
        Assume.that(!duration.isZero());
        assertRefusedNaming("value", () -> ConfigType.DURATION.read("value", duration.negated().toString()));
    }

    // ------------------------------------------------------------------ JSON

    @Property
    void generated_json_is_accepted_as_written(@ForAll("json") String json) {
        assertThat(ConfigType.JSON.read("value", json)).isEqualTo(json);
    }

    @Property
    void a_json_container_cut_short_is_refused(@ForAll("containers") String json, @ForAll int cut) {
        int end = Math.floorMod(cut, json.length());
        assertRefusedNaming("value", () -> ConfigType.JSON.read("value", json.substring(0, end)));
    }

    // ------------------------------------------------------------------ STRING

    @Property
    void any_text_is_a_string(@ForAll String text) {
        assertThat(ConfigType.STRING.read("value", text)).isEqualTo(text);
    }

    @Property
    void a_string_meets_its_allowed_values_exactly_when_listed(@ForAll("words") String value,
                                                            @ForAll("wordLists") List<String> allowed) {
        ConfigDefinition definition = new ConfigDefinition(new ConfigKey("a.b"), "S", ConfigType.STRING,
                new ConfigConstraints(null, null, null, allowed), null);
        if (allowed.contains(value)) {
            assertThatCode(() -> ConfigParam.requireValid(definition, "value", value)).doesNotThrowAnyException();
        } else {
            assertRefusedNaming("value", () -> ConfigParam.requireValid(definition, "value", value));
        }
    }

    // ------------------------------------------------------------------ helpers

    private static void assertRefusedNaming(String field, Runnable check) {
        assertThatThrownBy(check::run).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }

    @Provide
    Arbitrary<String> notDigits() {
        return Arbitraries.strings().ofMinLength(0).ofMaxLength(20)
                .filter(s -> !s.matches("-?[0-9]{1,19}"));
    }

    @Provide
    Arbitrary<BigDecimal> decimals() {
        return Arbitraries.bigDecimals().between(new BigDecimal("-1e20"), new BigDecimal("1e20")).ofScale(6);
    }

    @Provide
    Arbitrary<Duration> durations() {
        return Arbitraries.longs().between(0, 10L * 365 * 24 * 3600 * 1000).map(Duration::ofMillis);
    }

    @Provide
    Arbitrary<String> units() {
        return Arbitraries.of("ms", "s", "m", "h", "d");
    }

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.strings().withCharRange('a', 'e').ofMinLength(1).ofMaxLength(3);
    }

    @Provide
    Arbitrary<List<String>> wordLists() {
        return words().list().uniqueElements().ofMinSize(1).ofMaxSize(10);
    }

    @Provide
    Arbitrary<String> json() {
        return jsonValue(3);
    }

    @Provide
    Arbitrary<String> containers() {
        return Arbitraries.oneOf(array(2), object(2));
    }

    private Arbitrary<String> jsonValue(int depth) {
        Arbitrary<String> scalar = Arbitraries.oneOf(
                Arbitraries.of("true", "false", "null"),
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.doubles().between(-1e9, 1e9).map(d -> BigDecimal.valueOf(d).toPlainString()),
                Arbitraries.strings().alpha().numeric().withChars(' ', '"', '\\', 'é').ofMaxLength(8)
                        .map(ConfigTypeProperties::quoted));
        if (depth == 0) {
            return scalar;
        }
        return Arbitraries.oneOf(scalar, array(depth - 1), object(depth - 1));
    }

    private Arbitrary<String> array(int depth) {
        return Arbitraries.lazy(() -> jsonValue(depth)).list().ofMaxSize(4)
                .map(items -> "[" + String.join(", ", items) + "]");
    }

    private Arbitrary<String> object(int depth) {
        return Arbitraries.maps(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(5),
                        Arbitraries.lazy(() -> jsonValue(depth))).ofMaxSize(4)
                .map(ConfigTypeProperties::objectOf);
    }

    private static String objectOf(Map<String, String> members) {
        return members.entrySet().stream().map(e -> quoted(e.getKey()) + ": " + e.getValue())
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
