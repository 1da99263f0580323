package dev.bastion.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.shared.ErrorCode;
import dev.bastion.domain.shared.InvalidValueException;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private static final PasswordPolicy POLICY = new PasswordPolicy(10, 3);
    private static final Username JANE = new Username("jane");
    private static final String FIELD = "newPassword";
    private static final String ROCKET = "\uD83D\uDE80"; // 🚀, one code point, two chars
    private static final FakePasswordHasher HASHER = new FakePasswordHasher();

    private static List<PasswordHash> hashesOf(String... newestFirst) {
        return List.of(newestFirst).stream().map(HASHER::hash).toList();
    }

    private static void assertRefusedNaming(String field, Runnable check) {
        assertThatThrownBy(check::run).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
        });
    }

    @Nested
    class Configuring {

        @Test
        void the_defaults_are_10_characters_and_the_last_3_passwords() {
            assertThat(PasswordPolicy.defaults()).isEqualTo(new PasswordPolicy(10, 3));
        }

        @ParameterizedTest
        @ValueSource(ints = {8, 12, PasswordPolicy.MAX_LENGTH})
        void a_minimum_of_8_to_128_is_allowed(int minLength) {
            assertThat(new PasswordPolicy(minLength, 0).minLength()).isEqualTo(minLength);
        }

        @ParameterizedTest
        @ValueSource(ints = {7, 0, -1, PasswordPolicy.MAX_LENGTH + 1})
        void a_minimum_outside_8_to_128_is_refused(int minLength) {
            assertThatThrownBy(() -> new PasswordPolicy(minLength, 3)).isInstanceOf(IllegalArgumentException.class);
        }

        @ParameterizedTest
        @ValueSource(ints = {0, 1, 24})
        void a_history_of_0_to_24_is_allowed(int historySize) {
            assertThat(new PasswordPolicy(10, historySize).historySize()).isEqualTo(historySize);
        }

        @ParameterizedTest
        @ValueSource(ints = {-1, 25})
        void a_history_outside_0_to_24_is_refused(int historySize) {
            assertThatThrownBy(() -> new PasswordPolicy(10, historySize)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Shape {

        @Test
        void exactly_the_minimum_length_passes() {
            assertThatCode(() -> POLICY.checkShape(FIELD, "a".repeat(10), JANE)).doesNotThrowAnyException();
        }

        @Test
        void one_character_short_is_refused_naming_the_field() {
            assertRefusedNaming(FIELD, () -> POLICY.checkShape(FIELD, "a".repeat(9), JANE));
        }

        @Test
        void exactly_128_characters_passes() {
            assertThatCode(() -> POLICY.checkShape(FIELD, "a".repeat(128), JANE)).doesNotThrowAnyException();
        }

        @Test
        void one_character_more_than_128_is_refused_naming_the_field() {
            assertRefusedNaming(FIELD, () -> POLICY.checkShape(FIELD, "a".repeat(129), JANE));
        }

        @Test
        void length_counts_code_points_so_ten_emoji_are_long_enough() {
            assertThatCode(() -> POLICY.checkShape(FIELD, ROCKET.repeat(10), JANE)).doesNotThrowAnyException();
        }

        @Test
        void length_counts_code_points_so_nine_emoji_are_too_short() {
            // 18 chars, 9 code points
            assertRefusedNaming(FIELD, () -> POLICY.checkShape(FIELD, ROCKET.repeat(9), JANE));
        }

        @Test
        void length_counts_code_points_so_128_emoji_are_not_too_long() {
            assertThatCode(() -> POLICY.checkShape(FIELD, ROCKET.repeat(128), JANE)).doesNotThrowAnyException();
        }

        @Test
        void length_counts_code_points_so_129_emoji_are_too_long() {
            assertRefusedNaming(FIELD, () -> POLICY.checkShape(FIELD, ROCKET.repeat(129), JANE));
        }

        @Test
        void accented_letters_count_as_one_character_each() {
            assertThatCode(() -> POLICY.checkShape(FIELD, "éàüöñçøåßæ", JANE)).doesNotThrowAnyException();
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"            ", "\t\t\t\t\t\t\t\t\t\t\t", "\n\n\n\n\n\n\n\n\n\n\n", "\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000"})
        void a_blank_password_is_refused_naming_the_field(String password) {
            assertRefusedNaming(FIELD, () -> POLICY.checkShape(FIELD, password, JANE));
        }

        @Test
        void the_username_itself_is_refused_naming_the_field() {
            Username longName = new Username("jane.doe.admin");

            assertRefusedNaming(FIELD, () -> POLICY.checkShape(FIELD, "jane.doe.admin", longName));
        }

        @Test
        void the_username_in_another_case_is_refused() {
            Username longName = new Username("Jane.Doe.Admin");

            assertRefusedNaming(FIELD, () -> POLICY.checkShape(FIELD, "jANE.dOE.aDMIN", longName));
        }

        @Test
        void a_password_containing_the_username_passes() {
            Username longName = new Username("jane.doe.admin");

            assertThatCode(() -> POLICY.checkShape(FIELD, "jane.doe.admin!", longName)).doesNotThrowAnyException();
        }

        @Test
        void the_field_named_is_the_one_the_caller_passed() {
            assertRefusedNaming("password", () -> POLICY.checkShape("password", "short", JANE));
        }
    }

    @Nested
    class History {

        @Test
        void the_newest_earlier_password_is_refused_naming_the_field() {
            assertRefusedNaming(FIELD, () -> POLICY.checkHistory(FIELD, "first-password",
                    hashesOf("first-password", "second-password", "third-password"), HASHER));
        }

        @Test
        void the_oldest_remembered_password_is_refused() {
            assertRefusedNaming(FIELD, () -> POLICY.checkHistory(FIELD, "third-password",
                    hashesOf("first-password", "second-password", "third-password"), HASHER));
        }

        @Test
        void a_password_older_than_the_history_is_allowed_again() {
            assertThatCode(() -> POLICY.checkHistory(FIELD, "fourth-password",
                    hashesOf("first-password", "second-password", "third-password", "fourth-password"), HASHER))
                    .doesNotThrowAnyException();
        }

        @Test
        void a_password_never_used_is_allowed() {
            assertThatCode(() -> POLICY.checkHistory(FIELD, "brand-new-password",
                    hashesOf("first-password", "second-password"), HASHER)).doesNotThrowAnyException();
        }

        @Test
        void with_no_history_every_password_is_allowed() {
            assertThatCode(() -> POLICY.checkHistory(FIELD, "first-password", List.of(), HASHER)).doesNotThrowAnyException();
        }

        @Test
        void a_history_size_of_0_allows_the_current_password() {
            PasswordPolicy noHistory = new PasswordPolicy(10, 0);

            assertThatCode(() -> noHistory.checkHistory(FIELD, "first-password", hashesOf("first-password"), HASHER))
                    .doesNotThrowAnyException();
        }

        @Test
        void the_comparison_is_exact() {
            assertThatCode(() -> POLICY.checkHistory(FIELD, "First-Password", hashesOf("first-password"), HASHER))
                    .doesNotThrowAnyException();
        }
    }
}
