package dev.bastion.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The character classes a new password needs: lower-case, upper-case, digits, other. */
class PasswordCharacterClassesTest {

    private static final Username USER = new Username("someone");

    @ParameterizedTest
    @CsvSource({"abcdefghij, 1", "ABCDEFGHIJ, 1", "1234567890, 1", "!!!!!!!!!!, 1", "abcdeFGHIJ, 2",
            "abcdeFGH12, 3", "abcdeFG1-2, 4", "ünïcödéÄÖ1, 3", "日本語のパスワード, 1"})
    void classesAreCounted(String password, int classes) {
        assertThat(PasswordPolicy.classesIn(password)).isEqualTo(classes);
    }

    @Test
    void aPasswordWithTooFewClassesIsRefusedNamingTheFieldAndSayingHowMany() {
        PasswordPolicy policy = new PasswordPolicy(10, 0, 3);

        assertThatThrownBy(() -> policy.checkShape("newPassword", "lowercase123", USER))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("newPassword");
                    assertThat(e.getMessage()).contains("at least 3").contains("lower-case", "upper-case", "digits");
                });
        assertThatCode(() -> policy.checkShape("newPassword", "Lowercase123", USER)).doesNotThrowAnyException();
    }

    @Test
    void noClassesAreAskedForByDefault() {
        assertThat(PasswordPolicy.defaults().characterClasses()).isZero();
        assertThatCode(() -> PasswordPolicy.defaults().checkShape("password", "aaaaaaaaaa", USER))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 5})
    void zeroToFourClassesMayBeAskedFor(int classes) {
        assertThatThrownBy(() -> new PasswordPolicy(10, 3, classes)).isInstanceOf(IllegalArgumentException.class);
    }
}
