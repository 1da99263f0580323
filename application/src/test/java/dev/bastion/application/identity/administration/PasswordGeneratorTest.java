package dev.bastion.application.identity.administration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PasswordGeneratorTest {

    private static final String LOOK_ALIKES = "0O1lI";

    @Test
    void a_password_has_20_characters() {
        assertThat(new PasswordGenerator(new Random(1)).generate()).hasSize(20);
    }

    @Test
    void a_password_uses_only_the_alphabet() {
        assertThat(new PasswordGenerator(new Random(2)).generate()).matches("[" + PasswordGenerator.ALPHABET + "]+");
    }

    @Test
    void the_alphabet_has_no_look_alike_characters() {
        assertThat(PasswordGenerator.ALPHABET).doesNotContainAnyWhitespaces();
        for (char c : LOOK_ALIKES.toCharArray()) {
            assertThat(PasswordGenerator.ALPHABET).doesNotContain(String.valueOf(c));
        }
    }

    @Test
    void the_alphabet_has_57_distinct_characters() {
        Set<Character> distinct = PasswordGenerator.ALPHABET.chars().mapToObj(c -> (char) c).collect(Collectors.toSet());

        assertThat(distinct).hasSize(PasswordGenerator.ALPHABET.length()).hasSize(57);
    }

    @Test
    void every_character_of_the_alphabet_is_used() {
        // An off-by-one in the random bound would never pick the last character.
        PasswordGenerator generator = new PasswordGenerator(new Random(3));
        Set<Character> seen = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            generator.generate().chars().forEach(c -> seen.add((char) c));
        }

        assertThat(seen).hasSize(PasswordGenerator.ALPHABET.length());
    }

    @Test
    void the_same_seed_gives_the_same_passwords() {
        PasswordGenerator first = new PasswordGenerator(new Random(42));
        PasswordGenerator second = new PasswordGenerator(new Random(42));

        assertThat(first.generate()).isEqualTo(second.generate());
        assertThat(first.generate()).isEqualTo(second.generate());
    }

    @Test
    void successive_passwords_differ() {
        PasswordGenerator generator = new PasswordGenerator(new Random(42));

        assertThat(generator.generate()).isNotEqualTo(generator.generate());
    }

    @Test
    void the_secure_generator_makes_passwords_of_the_same_shape() {
        assertThat(PasswordGenerator.secure().generate()).matches("[" + PasswordGenerator.ALPHABET + "]{20}");
    }
}
