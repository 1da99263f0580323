package dev.bastion.domain.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.domain.shared.InvalidValueException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Over JSON-like objects of declared and undeclared members with values of every JSON type:
 * checking is a normalisation (what it accepts, it accepts again unchanged), it never invents a
 * member, every refusal names a {@code parameters} field, and resolving adds exactly the defaults.
 */
class ParameterSchemaProperties {

    private static final ParameterSchema SCHEMA = ParameterSchema.of(
            ParameterSpec.required("label", ParameterType.STRING, "l").between(1, 8),
            ParameterSpec.optional("days", ParameterType.INTEGER, 30, "d").between(-5, 100),
            ParameterSpec.optional("dryRun", ParameterType.BOOLEAN, true, "r"),
            ParameterSpec.optional("pause", ParameterType.DURATION, null, "p").between(0, 60_000));

    @Property(tries = 2_000)
    void whatever_check_accepts_it_accepts_again_unchanged(@ForAll("objects") Map<String, Object> given) {
        Map<String, Object> accepted;
        try {
            accepted = SCHEMA.check(given);
        } catch (InvalidValueException refused) {
            assertThat(refused.field()).startsWith("parameters");
            return;
        }
        assertThat(SCHEMA.check(accepted)).isEqualTo(accepted);
        assertThat(given).containsKeys(accepted.keySet().toArray(String[]::new));
        assertThat(accepted).containsKey("label");
        assertThat(accepted.values()).allSatisfy(v -> assertThat(v).isInstanceOfAny(String.class, Long.class,
                Boolean.class));
    }

    @Property(tries = 2_000)
    void resolving_adds_exactly_the_defaults_of_what_was_left_out(@ForAll("objects") Map<String, Object> given) {
        Map<String, Object> accepted;
        try {
            accepted = SCHEMA.check(given);
        } catch (InvalidValueException refused) {
            return;
        }
        Map<String, Object> expected = new LinkedHashMap<>(accepted);
        for (ParameterSpec spec : SCHEMA.parameters()) {
            if (spec.defaultValue() != null) {
                expected.putIfAbsent(spec.name(), spec.defaultValue());
            }
        }
        assertThat(SCHEMA.resolve(given).values()).isEqualTo(expected);
    }

    @Provide
    Arbitrary<Map<String, Object>> objects() {
        Arbitrary<String> names = Arbitraries.of("label", "days", "dryRun", "pause", "other", "Label");
        Arbitrary<Object> values = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(12).map(s -> (Object) s),
                Arbitraries.of(" ok ", "PT30S", "90s", "1m", "500ms", "-PT1S", "PT-1S").map(s -> (Object) s),
                Arbitraries.integers().between(-10, 120).map(i -> (Object) i),
                Arbitraries.longs().map(l -> (Object) l),
                Arbitraries.doubles().between(-10, 120).ofScale(1).map(d -> (Object) d),
                Arbitraries.bigDecimals().between(BigDecimal.valueOf(-10), BigDecimal.valueOf(120)).ofScale(2)
                        .map(d -> (Object) d),
                Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.just(List.of(1)).map(l -> (Object) l));
        return Arbitraries.maps(names, values.injectNull(0.1)).ofMaxSize(5);
    }
}
