package dev.bastion.domain.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class JobNameTest {

    @Test
    void a_name_is_stripped_printable_text_of_up_to_64_characters() {
        assertThat(new JobName("  Nightly purge ").value()).isEqualTo("Nightly purge");
        assertThat(new JobName("日".repeat(64)).value()).hasSize(64);
        assertThat(new JobName("😀".repeat(64)).value()).hasSize(128);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "tab\there", "line\nbreak", "nul\u0000", "lone \ud800 surrogate"})
    void blank_or_unprintable_names_are_refused_naming_name(String name) {
        assertThatThrownBy(() -> new JobName(name)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.field()).isEqualTo("name"));
    }

    @Test
    void a_name_over_64_characters_is_refused() {
        assertThatThrownBy(() -> new JobName("n".repeat(65))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("64");
    }
}
