package dev.bastion.domain.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CacheNameTest {

    @ParameterizedTest
    @ValueSource(strings = {"access", "session-checks", "sign-in-policies", "a1"})
    void namesOfLowerCaseLettersDigitsAndDashes(String name) {
        assertThat(CacheName.of(name).value()).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Access", "9lives", "-x", "a_b", "a.b", "a b", "a/b"})
    void otherShapesAreRefusedNamingName(String name) {
        assertThatThrownBy(() -> CacheName.of(name))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("name"));
    }

    @Test
    void atMost64Characters() {
        assertThat(CacheName.of("a".repeat(64)).value()).hasSize(64);
        assertThatThrownBy(() -> CacheName.of("a".repeat(65))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("64");
        assertThatThrownBy(() -> CacheName.of(null)).isInstanceOf(InvalidValueException.class);
    }
}
