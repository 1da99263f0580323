package dev.bastion.application.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class FieldPatchTest {

    @Test
    void a_field_left_out_keeps_the_current_value() {
        assertThat(FieldPatch.<String>absent().applyTo("kept")).isEqualTo("kept");
        assertThat(FieldPatch.absent().isGiven()).isFalse();
    }

    @Test
    void a_given_value_replaces_the_current_one_and_a_given_null_clears_it() {
        assertThat(FieldPatch.of("new").applyTo("old")).isEqualTo("new");
        assertThat(FieldPatch.<String>of(null).applyTo("old")).isNull();
    }

    @Test
    void mapping_converts_only_a_given_value() {
        assertThat(FieldPatch.of("7").map(Integer::valueOf)).isEqualTo(FieldPatch.of(7));
        assertThat(FieldPatch.<String>of(null).map(Integer::valueOf)).isEqualTo(FieldPatch.of(null));
        assertThat(FieldPatch.<String>absent().map(Integer::valueOf)).isEqualTo(FieldPatch.absent());
    }

    @Test
    void a_required_field_refuses_only_a_given_null_naming_the_field() {
        assertThat(FieldPatch.absent().requireValue("name")).isEqualTo(FieldPatch.absent());
        assertThat(FieldPatch.of("x").requireValue("name")).isEqualTo(FieldPatch.of("x"));
        assertThatThrownBy(() -> FieldPatch.of(null).requireValue("name"))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("name");
    }
}
