package dev.bastion.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TokenDigestTest {

    private static final String HEX = "fca777a9024fdc961c1985bcb953c021e129fae1ab4e3f2fd137639a4489166d";

    @Test
    void sixty_four_lower_case_hex_digits_are_a_digest() {
        assertThat(new TokenDigest(HEX).hex()).isEqualTo(HEX);
    }

    @Test
    void a_digest_is_the_same_as_an_equal_one() {
        assertThat(new TokenDigest(HEX).sameAs(new TokenDigest(HEX))).isTrue();
    }

    @Test
    void a_digest_is_not_the_same_as_one_differing_in_the_last_digit() {
        TokenDigest other = new TokenDigest(HEX.substring(0, 63) + "e");

        assertThat(new TokenDigest(HEX).sameAs(other)).isFalse();
    }

    @Test
    void a_digest_is_not_the_same_as_one_differing_in_the_first_digit() {
        TokenDigest other = new TokenDigest("0" + HEX.substring(1));

        assertThat(new TokenDigest(HEX).sameAs(other)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void nothing_is_refused(String hex) {
        assertThatThrownBy(() -> new TokenDigest(hex)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void upper_case_hex_is_refused() {
        assertThatThrownBy(() -> new TokenDigest(HEX.toUpperCase())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sixty_three_digits_are_refused() {
        assertThatThrownBy(() -> new TokenDigest(HEX.substring(1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sixty_five_digits_are_refused() {
        assertThatThrownBy(() -> new TokenDigest(HEX + "0")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"g", " ", "-", "\n", "x"})
    void a_non_hex_character_is_refused(String foreign) {
        String hex = HEX.substring(0, 10) + foreign + HEX.substring(11);

        assertThatThrownBy(() -> new TokenDigest(hex)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_digest_of_a_different_algorithm_is_refused() {
        // SHA-1: 40 hex digits.
        assertThatThrownBy(() -> new TokenDigest("da39a3ee5e6b4b0d3255bfef95601890afd80709"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
