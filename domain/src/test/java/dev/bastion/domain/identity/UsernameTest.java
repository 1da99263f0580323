package dev.bastion.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.shared.ErrorCode;
import dev.bastion.domain.shared.InvalidValueException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsernameTest {

    @Test
    void letters_digits_underscore_dot_and_dash_are_allowed() {
        assertThat(new Username("Jane.Doe_42-x").value()).isEqualTo("Jane.Doe_42-x");
    }

    @Test
    void three_characters_is_long_enough() {
        assertThat(new Username("abc").value()).isEqualTo("abc");
    }

    @Test
    void sixty_four_characters_is_not_too_long() {
        assertThat(new Username("a".repeat(64)).value()).hasSize(64);
    }

    @Test
    void two_characters_is_too_short() {
        assertRefused("ab");
    }

    @Test
    void sixty_five_characters_is_too_long() {
        assertRefused("a".repeat(65));
    }

    @Test
    void null_is_refused_as_a_username_error() {
        assertRefused(null);
    }

    @Test
    void empty_is_refused_as_a_username_error() {
        assertRefused("");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jane doe", "jane@doe", "jane/doe", "jäne", "jane\n", "ｊａｎｅ", "jane!"})
    void a_character_outside_the_allowed_set_is_refused(String value) {
        assertRefused(value);
    }

    @Test
    void the_spelling_is_kept_as_registered() {
        assertThat(new Username("JaneDoe").toString()).isEqualTo("JaneDoe");
    }

    @Test
    void the_canonical_form_is_lower_case() {
        assertThat(new Username("JaneDoe").canonical()).isEqualTo("janedoe");
    }

    @Test
    void the_canonical_form_ignores_the_default_locale() {
        // In a Turkish locale "I".toLowerCase() is a dotless ı; the canonical form must not depend on it.
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertThat(new Username("ADMIN").canonical()).isEqualTo("admin");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void the_error_is_a_validation_error() {
        assertThatThrownBy(() -> new Username("a"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR));
    }

    private static void assertRefused(String value) {
        assertThatThrownBy(() -> new Username(value))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("username"));
    }
}
