package dev.bastion.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.shared.InvalidValueException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class NicknameProperties {

    /** Nicknames of letters, digits and inner spaces, 1 to 64 characters. Shared with other properties. */
    static Arbitrary<String> validNicknames() {
        return Arbitraries.strings().alpha().numeric().withChars(' ', 'é', '王', '-').ofMinLength(1).ofMaxLength(64)
                .filter(s -> !s.isBlank());
    }

    @Property
    void every_non_blank_text_of_at_most_64_characters_without_controls_is_accepted(@ForAll("valid") String value) {
        assertThat(new Nickname(value).value()).isEqualTo(value);
    }

    @Property
    void a_control_character_anywhere_is_refused(@ForAll("validWithRoomForOneMore") String value,
                                                 @ForAll("controls") char control,
                                                 @ForAll("positions") int at) {
        int i = Math.min(at, value.length());

        assertRefused(value.substring(0, i) + control + value.substring(i));
    }

    @Property
    void more_than_64_characters_is_refused(@ForAll("tooLong") String value) {
        assertRefused(value);
    }

    @Property
    void every_username_makes_a_valid_default_nickname(@ForAll("usernames") String value) {
        assertThat(Nickname.of(new Username(value)).value()).isEqualTo(value);
    }

    @Provide
    Arbitrary<String> valid() {
        return validNicknames();
    }

    @Provide
    Arbitrary<String> validWithRoomForOneMore() {
        return validNicknames().filter(s -> s.length() < 64);
    }

    @Provide
    Arbitrary<String> tooLong() {
        return Arbitraries.strings().alpha().ofMinLength(65).ofMaxLength(200);
    }

    /** Every ISO control character (C0, DEL and C1), drawn directly: filtering all chars for them misses too often. */
    @Provide
    Arbitrary<Character> controls() {
        return Arbitraries.oneOf(Arbitraries.chars().range('\u0000', '\u001f'), Arbitraries.chars().range('\u007f', '\u009f'));
    }

    @Provide
    Arbitrary<Integer> positions() {
        return Arbitraries.integers().between(0, 64);
    }

    @Provide
    Arbitrary<String> usernames() {
        return UsernameProperties.validUsernames();
    }

    private static void assertRefused(String value) {
        assertThatThrownBy(() -> new Nickname(value))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("nickname"));
    }
}
