package dev.bastion.application.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.domain.identity.PasswordHash;
import org.junit.jupiter.api.Test;

class FakePasswordHasherTest {

    private final FakePasswordHasher hasher = new FakePasswordHasher();

    @Test
    void a_hash_matches_its_password() {
        assertThat(hasher.matches("s3cret-pass", hasher.hash("s3cret-pass"))).isTrue();
    }

    @Test
    void a_hash_does_not_match_another_password() {
        assertThat(hasher.matches("other-pass", hasher.hash("s3cret-pass"))).isFalse();
    }

    @Test
    void a_hash_does_not_contain_the_password() {
        assertThat(hasher.hash("s3cret-pass").encoded()).doesNotContain("s3cret-pass");
    }

    @Test
    void even_an_empty_password_makes_a_valid_phc_string() {
        assertThat(hasher.hash("").algorithm()).isEqualTo("fake");
    }

    @Test
    void a_hash_from_another_algorithm_needs_rehashing() {
        assertThat(hasher.needsRehash(new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$salt$hash"))).isTrue();
        assertThat(hasher.needsRehash(hasher.hash("s3cret-pass"))).isFalse();
    }

    @Test
    void every_verification_is_counted_whatever_its_answer() {
        PasswordHash hash = hasher.hash("s3cret-pass");

        hasher.matches("s3cret-pass", hash);
        hasher.matches("other-pass", hash);

        assertThat(hasher.verifications()).isEqualTo(2);
    }

    @Test
    void hashing_is_not_a_verification() {
        hasher.hash("s3cret-pass");

        assertThat(hasher.verifications()).isZero();
    }
}
