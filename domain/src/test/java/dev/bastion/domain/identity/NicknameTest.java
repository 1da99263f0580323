package dev.bastion.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NicknameTest {

    @ParameterizedTest
    @ValueSource(strings = {"J", "Jane Doe", "Zoë Ångström", "王小明", "🙂 happy", "  padded  "})
    void any_visible_text_is_accepted(String value) {
        assertThat(new Nickname(value).value()).isEqualTo(value);
    }

    @Test
    void null_is_refused() {
        assertRefused(null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "   ", "\t", "\u2003"})
    void blank_text_is_refused(String value) {
        assertRefused(value);
    }

    @Test
    void sixty_four_characters_is_not_too_long() {
        assertThat(new Nickname("n".repeat(64)).value()).hasSize(64);
    }

    @Test
    void sixty_five_characters_is_too_long() {
        assertRefused("n".repeat(65));
    }

    @Test
    void length_is_counted_in_characters_people_see_not_in_utf16_units() {
        String sixtyFourEmoji = "🙂".repeat(64);

        assertThat(sixtyFourEmoji.length()).isEqualTo(128);
        assertThat(new Nickname(sixtyFourEmoji).value()).isEqualTo(sixtyFourEmoji);
    }

    @Test
    void sixty_five_emoji_are_too_long() {
        assertRefused("🙂".repeat(65));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Jane\nDoe", "Jane\tDoe", "Jane\u0000", "\u001BJane", "Jane\u007F", "Jane\u0085"})
    void a_control_character_is_refused(String value) {
        assertRefused(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\ud800b", "a\udc00", "\ud83d"})
    void an_unpaired_surrogate_is_refused(String value) {
        assertRefused(value);
    }

    @Test
    void the_default_for_a_username_is_the_username_as_spelled() {
        assertThat(Nickname.of(new Username("JaneDoe")).value()).isEqualTo("JaneDoe");
    }

    private static void assertRefused(String value) {
        assertThatThrownBy(() -> new Nickname(value))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("nickname"));
    }
}
