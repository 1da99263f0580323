package dev.bastion.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.shared.InvalidValueException;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.arbitraries.StringArbitrary;

class UsernameProperties {

    static final String ALLOWED = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-";

    /** Every valid username: 3 to 64 of the allowed characters. Shared with other properties. */
    static Arbitrary<String> validUsernames() {
        return allowedChars().ofMinLength(3).ofMaxLength(64);
    }

    private static StringArbitrary allowedChars() {
        return Arbitraries.strings().withChars(ALLOWED.toCharArray());
    }

    @Property
    void every_string_of_allowed_characters_of_length_3_to_64_is_accepted(@ForAll("valid") String value) {
        assertThat(new Username(value).value()).isEqualTo(value);
    }

    @Property
    void a_string_with_any_character_outside_the_set_is_refused(@ForAll("withAForeignCharacter") String value) {
        assertRefusedAsUsername(value);
    }

    @Property
    void a_string_shorter_than_3_is_refused(@ForAll("tooShort") String value) {
        assertRefusedAsUsername(value);
    }

    @Property
    void a_string_longer_than_64_is_refused(@ForAll("tooLong") String value) {
        assertRefusedAsUsername(value);
    }

    @Property
    void the_canonical_form_is_the_lower_case_spelling(@ForAll("valid") String value) {
        assertThat(new Username(value).canonical()).isEqualTo(value.toLowerCase(Locale.ROOT));
    }

    @Property
    void names_differing_only_in_case_share_a_canonical_form(@ForAll("valid") String value) {
        Username upper = new Username(value.toUpperCase(Locale.ROOT));
        Username lower = new Username(value.toLowerCase(Locale.ROOT));

        assertThat(upper.canonical()).isEqualTo(lower.canonical());
    }

    @Provide
    Arbitrary<String> valid() {
        return validUsernames();
    }

    @Provide
    Arbitrary<String> withAForeignCharacter() {
        Arbitrary<Character> foreign = Arbitraries.chars().filter(c -> ALLOWED.indexOf(c) < 0);
        // A valid-length name with one foreign character put anywhere in it.
        return Combinators.combine(allowedChars().ofMinLength(2).ofMaxLength(63), foreign, Arbitraries.integers().between(0, 63))
                .as((name, c, at) -> {
                    int i = Math.min(at, name.length());
                    return name.substring(0, i) + c + name.substring(i);
                });
    }

    @Provide
    Arbitrary<String> tooShort() {
        return allowedChars().ofMinLength(0).ofMaxLength(2);
    }

    @Provide
    Arbitrary<String> tooLong() {
        return allowedChars().ofMinLength(65).ofMaxLength(300);
    }

    private static void assertRefusedAsUsername(String value) {
        assertThatThrownBy(() -> new Username(value))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("username"));
    }
}
