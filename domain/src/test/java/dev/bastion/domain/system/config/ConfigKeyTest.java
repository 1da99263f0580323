package dev.bastion.domain.system.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.shared.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConfigKeyTest {

    @ParameterizedTest
    @ValueSource(strings = {"security.login.mode", "a.b", "app.feature-x.limit2"})
    void dottedLowerCaseKeysAreAccepted(String key) {
        assertThat(new ConfigKey(key).value()).isEqualTo(key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"single", "Security.login", "a..b", ".a.b", "a.b.", "a.1b", "a.b c", "a._b", "", "a.-b"})
    void otherKeysAreRefusedNamingKey(String key) {
        assertThatThrownBy(() -> new ConfigKey(key)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.field()).isEqualTo("key"));
    }

    @org.junit.jupiter.api.Test
    void aKeyIsAtMost100Characters() {
        assertThat(new ConfigKey("a." + "b".repeat(98)).value()).hasSize(100);
        assertThatThrownBy(() -> new ConfigKey("a." + "b".repeat(99))).isInstanceOf(InvalidValueException.class);
    }
}
