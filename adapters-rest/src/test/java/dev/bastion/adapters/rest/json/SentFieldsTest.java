package dev.bastion.adapters.rest.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.application.shared.FieldPatch;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SentFieldsTest {

    private static SentFields of(String json) {
        return SentFields.of(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void the_top_level_names_are_sent_null_values_included_nested_names_not() {
        SentFields sent = of("{\"email\": null, \"address\": {\"city\": \"Oslo\"}, \"roleIds\": [\"a\", {\"x\": 1}]}");

        assertThat(sent.names()).containsExactlyInAnyOrder("email", "address", "roleIds");
    }

    @Test
    void a_name_sent_gives_its_value_even_null_and_a_name_left_out_is_absent() {
        SentFields sent = of("{\"email\": null, \"nickname\": \"Ann\"}");

        assertThat(sent.patch("email", null)).isEqualTo(FieldPatch.of(null));
        assertThat(sent.patch("nickname", "Ann")).isEqualTo(FieldPatch.of("Ann"));
        assertThat(sent.patch("phone", null)).isEqualTo(FieldPatch.absent());
    }

    @Test
    void a_body_that_is_no_object_sends_nothing() {
        assertThat(of("[1, 2]").names()).isEmpty();
        assertThat(of("").names()).isEmpty();
    }
}
