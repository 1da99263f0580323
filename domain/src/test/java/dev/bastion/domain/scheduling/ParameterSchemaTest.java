package dev.bastion.domain.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.bastion.domain.shared.InvalidValueException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParameterSchemaTest {

    static final ParameterSchema PURGE = ParameterSchema.of(
            ParameterSpec.required("table", ParameterType.STRING, "Which table"),
            ParameterSpec.optional("days", ParameterType.INTEGER, 30, "Days kept").between(1, 3650),
            ParameterSpec.optional("dryRun", ParameterType.BOOLEAN, null, "Only count"),
            ParameterSpec.optional("pause", ParameterType.DURATION, "1s", "Between batches"));

    private static Map<String, Object> members(Object... keysAndValues) {
        Map<String, Object> members = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            members.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return members;
    }

    private static void assertRefusedOn(Map<String, ?> given, String field) {
        assertThatThrownBy(() -> PURGE.check(given)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void parameter_names_are_unique_in_a_schema() {
        assertThatThrownBy(() -> ParameterSchema.of(ParameterSpec.required("a", ParameterType.STRING, "a"),
                ParameterSpec.optional("a", ParameterType.INTEGER, null, "a"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(ParameterSchema.NONE.parameters()).isEmpty();
    }

    @Test
    void what_is_accepted_is_what_was_given_normalised_without_defaults() {
        assertThat(PURGE.check(members("table", " logs ", "days", 7))).containsExactly(entry("table", "logs"),
                entry("days", 7L));
    }

    @Test
    void a_required_parameter_left_out_or_given_as_null_is_refused_naming_it() {
        assertRefusedOn(null, "parameters.table");
        assertRefusedOn(Map.of(), "parameters.table");
        assertRefusedOn(members("table", null), "parameters.table");
        assertThatThrownBy(() -> PURGE.check(Map.of("days", 3))).hasMessageContaining("required");
    }

    @Test
    void an_optional_parameter_given_as_null_is_left_out() {
        assertThat(PURGE.check(members("table", "t", "dryRun", null))).containsOnlyKeys("table");
    }

    @Test
    void a_value_failing_its_type_or_bounds_is_refused_naming_its_parameter() {
        assertRefusedOn(members("table", "t", "days", 0), "parameters.days");
        assertRefusedOn(members("table", "t", "dryRun", "yes"), "parameters.dryRun");
        assertRefusedOn(members("table", "t", "pause", "later"), "parameters.pause");
        assertRefusedOn(members("table", 5), "parameters.table");
    }

    @Test
    void an_unknown_member_is_named_and_the_parameters_listed() {
        assertThatThrownBy(() -> PURGE.check(members("table", "t", "dayz", 3)))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("parameters.dayz"))
                .hasMessageContaining("table, days, dryRun, pause");
        assertThatThrownBy(() -> ParameterSchema.NONE.check(Map.of("x", 1)))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("parameters.x"))
                .hasMessageContaining("takes none");
    }

    @Test
    void an_unknown_members_name_is_cut_to_40_characters_never_inside_a_pair() {
        assertRefusedOn(members("n".repeat(41), 1), "parameters." + "n".repeat(40) + "…");
        assertRefusedOn(members("n".repeat(40), 1), "parameters." + "n".repeat(40));
        assertRefusedOn(members("😀".repeat(41), 1), "parameters." + "😀".repeat(40) + "…");
        assertRefusedOn(members("n".repeat(39) + "😀😀", 1), "parameters." + "n".repeat(39) + "😀…");
    }

    @Test
    void an_unknown_member_whose_name_cannot_be_shown_is_refused_on_parameters() {
        assertRefusedOn(members("bad\nname", 1), "parameters");
        assertRefusedOn(members("lone\ud800", 1), "parameters");
        assertRefusedOn(members("", 1), "parameters");
        Map<String, Object> nullKey = new HashMap<>();
        nullKey.put(null, 1);
        assertRefusedOn(nullKey, "parameters");
    }

    @Test
    void resolving_fills_in_the_defaults_of_what_was_left_out() {
        JobParameters resolved = PURGE.resolve(members("table", "t", "days", 5));
        assertThat(resolved.values()).containsOnly(entry("table", "t"), entry("days", 5L), entry("pause", "1s"));
        assertThat(resolved.duration("pause")).contains(java.time.Duration.ofSeconds(1));
        assertThat(resolved.bool("dryRun")).isEmpty();
        assertThat(PURGE.resolve(members("table", "t")).integer("days")).contains(30L);
    }

    @Test
    void resolving_checks_again_what_was_stored() {
        assertThatThrownBy(() -> PURGE.resolve(Map.of("days", 3))).isInstanceOfSatisfying(
                InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("parameters.table"));
        assertThatThrownBy(() -> ParameterSchema.NONE.resolve(Map.of("gone", 1)))
                .isInstanceOf(InvalidValueException.class);
        assertThat(ParameterSchema.NONE.resolve(null)).isEqualTo(JobParameters.NONE);
    }
}
