package dev.bastion.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordHashTest {

    private static final String ARGON2 =
            "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$Rc5yHWcHEM1LZZHcbjHRrTHbJZXpRZmHgxLGlxkSkTM";

    @Test
    void a_phc_string_is_kept_as_encoded() {
        assertThat(new PasswordHash(ARGON2).encoded()).isEqualTo(ARGON2);
    }

    @Test
    void the_algorithm_is_read_from_the_phc_string() {
        assertThat(new PasswordHash(ARGON2).algorithm()).isEqualTo("argon2id");
    }

    @Test
    void to_string_names_the_algorithm_only() {
        assertThat(new PasswordHash(ARGON2).toString()).isEqualTo("PasswordHash[argon2id]");
    }

    @Test
    void to_string_does_not_print_the_salt_or_the_hash() {
        String printed = new PasswordHash(ARGON2).toString();

        assertThat(printed).doesNotContain("c29tZXNhbHRzb21lc2FsdA").doesNotContain("Rc5yHWcHEM1LZZHcbjHRrTHbJZXpRZmHgxLGlxkSkTM");
    }

    @Test
    void to_string_does_not_print_a_hash_that_has_no_algorithm_segment() {
        // A PHC string is "$<id>$..."; a bare "$<hash>" must not be mistaken for an id and printed.
        assertThatThrownBy(() -> new PasswordHash("$Rc5yHWcHEM1LZZHcbjHRrTHbJZXpRZmHgxLGlxkSkTM"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void null_is_refused() {
        assertThatThrownBy(() -> new PasswordHash(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void a_plain_password_is_refused() {
        assertThatThrownBy(() -> new PasswordHash("correct horse battery staple"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_string_shorter_than_16_is_refused() {
        assertThatThrownBy(() -> new PasswordHash("$argon2id$v=19$"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_upper_case_algorithm_id_is_refused() {
        // PHC ids are [a-z0-9-]{1,32}.
        assertThatThrownBy(() -> new PasswordHash("$ARGON2ID$v=19$m=19456,t=2,p=1$salt$hash"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_bcrypt_string_is_accepted_with_its_id() {
        PasswordHash bcrypt = new PasswordHash("$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW");

        assertThat(bcrypt.algorithm()).isEqualTo("2b");
    }

    @Test
    void the_hash_of_no_password_is_a_phc_string_of_an_algorithm_nobody_implements() {
        assertThat(PasswordHash.NONE.algorithm()).isEqualTo("none");
        assertThat(PasswordHash.NONE.toString()).isEqualTo("PasswordHash[none]");
    }

    @Test
    void no_password_matches_the_hash_of_no_password() {
        PasswordHasher hasher = new FakePasswordHasher();

        assertThat(hasher.matches("", PasswordHash.NONE)).isFalse();
        assertThat(hasher.matches("no-password-set", PasswordHash.NONE)).isFalse();
        assertThat(hasher.matches("$none$no-password-set", PasswordHash.NONE)).isFalse();
    }
}
