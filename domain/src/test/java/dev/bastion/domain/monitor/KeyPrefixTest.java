package dev.bastion.domain.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.shared.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class KeyPrefixTest {

    @Test
    void absentOrEmptyListsEveryKey() {
        assertThat(KeyPrefix.of(null).value()).isEmpty();
        assertThat(KeyPrefix.of("").matches("anything")).isTrue();
    }

    @Test
    void aPrefixMatchesTheKeysStartingWithIt() {
        KeyPrefix prefix = KeyPrefix.of("bastion:session:");

        assertThat(prefix.matches("bastion:session:0193")).isTrue();
        assertThat(prefix.matches("bastion:sessions:by-expiry")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a*", "?", "[abc]", "x]", "back\\slash"})
    void globCharactersAreRefusedNamingThePrefix(String glob) {
        assertThatThrownBy(() -> KeyPrefix.of(glob))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("prefix"))
                .hasMessageContaining("literally");
    }

    @Test
    void controlCharactersAreRefused() {
        assertThatThrownBy(() -> KeyPrefix.of("a\nb"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("prefix"));
    }

    @Test
    void atMost128Characters() {
        assertThat(KeyPrefix.of("k".repeat(128)).value()).hasSize(128);
        assertThatThrownBy(() -> KeyPrefix.of("k".repeat(129)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("prefix"))
                .hasMessageContaining("128");
    }
}
