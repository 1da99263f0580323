package dev.bastion.domain.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.shared.InvalidValueException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class HandlerKeyTest {

    @ParameterizedTest
    @ValueSource(strings = {"audit.purge-logs", "a", "noop", "sessions.expire", "x1.y-2.z3", "report-2026"})
    void lower_case_words_joined_by_dots_or_dashes_are_keys(String key) {
        assertThat(new HandlerKey(key).value()).isEqualTo(key);
        assertThat(new HandlerKey(key)).hasToString(key);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Audit.purge", "1audit", ".audit", "audit.", "audit..purge", "audit.-purge", "audit purge",
            "audit_purge", "dev.bastion.Handler", "audit/purge", " audit", "audit\n", "ä"})
    void anything_else_is_refused_naming_handler(String key) {
        assertThatThrownBy(() -> new HandlerKey(key)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.field()).isEqualTo("handler"));
    }

    @Property
    void a_key_is_at_most_64_characters(@ForAll("words") String key) {
        if (key.length() <= HandlerKey.MAX_LENGTH) {
            assertThat(new HandlerKey(key).value()).isEqualTo(key);
        } else {
            assertThatThrownBy(() -> new HandlerKey(key)).isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("at most 64");
        }
    }

    @Provide
    Arbitrary<String> words() {
        Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').numeric().ofMinLength(1).ofMaxLength(12)
                .filter(w -> Character.isLetter(w.charAt(0)));
        return word.list().ofMinSize(1).ofMaxSize(10).map(words -> String.join(".", words));
    }
}
