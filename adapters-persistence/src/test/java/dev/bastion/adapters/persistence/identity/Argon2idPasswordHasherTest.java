package dev.bastion.adapters.persistence.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.identity.PasswordHash;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class Argon2idPasswordHasherTest {

    private static final Argon2idWorkers WORKERS = new Argon2idWorkers(2);

    @AfterAll
    static void stopWorkers() {
        WORKERS.close();
    }

    private final Argon2idPasswordHasher hasher = new Argon2idPasswordHasher(new Argon2idSettings(256, 1, 1), WORKERS);

    @Test
    void owaspDefaultsAreNineteenMebibytesTwoIterationsOneLane() {
        assertThat(Argon2idSettings.OWASP).isEqualTo(new Argon2idSettings(19_456, 2, 1));
        PasswordHash hash = new Argon2idPasswordHasher(Argon2idSettings.OWASP, WORKERS).hash("correct horse");
        assertThat(hash.encoded()).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    }

    @Test
    void theRightPasswordMatchesAndAWrongOneDoesNot() {
        PasswordHash hash = hasher.hash("s3cret-passphrase");

        assertThat(hasher.matches("s3cret-passphrase", hash)).isTrue();
        assertThat(hasher.matches("s3cret-passphrasE", hash)).isFalse();
        assertThat(hasher.matches("", hash)).isFalse();
    }

    @Test
    void sameMaterialGivesDifferentHashesBecauseOfTheSalt() {
        assertThat(hasher.hash("same")).isNotEqualTo(hasher.hash("same"));
    }

    @Test
    void nonAsciiPasswordsAreHashedAsUtf8() {
        PasswordHash hash = hasher.hash("pässwörd-密码");
        assertThat(hasher.matches("pässwörd-密码", hash)).isTrue();
        assertThat(hasher.matches("passwort-密码", hash)).isFalse();
    }

    @Test
    void matchesAKnownRfc9106StyleVectorFromAnotherImplementation() {
        // Produced by the reference argon2 CLI: echo -n password | argon2 somesalt -id -t 2 -m 16 -p 1 -l 32 -e
        PasswordHash reference = new PasswordHash(
                "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc");
        assertThat(hasher.matches("password", reference)).isTrue();
        assertThat(hasher.matches("Password", reference)).isFalse();
    }

    @Test
    void malformedOrForeignHashesNeverMatchAndNeedRehash() {
        PasswordHash bcrypt = new PasswordHash("$2a$10$abcdefghijklmnopqrstuuABCDEFGHIJKLMNOPQRSTUVWXYZ01234");
        PasswordHash truncated = new PasswordHash("$argon2id$v=19$m=256,t=1,p=1$AAAA");

        assertThat(hasher.matches("anything", bcrypt)).isFalse();
        assertThat(hasher.matches("anything", truncated)).isFalse();
        assertThat(hasher.needsRehash(bcrypt)).isTrue();
    }

    @Test
    void noPasswordMatchesTheHashOfAnImportedUser() {
        for (String attempt : new String[]{"", "none", "no-password-set", "$none$no-password-set"}) {
            assertThat(hasher.matches(attempt, PasswordHash.NONE)).as(attempt).isFalse();
        }
        assertThat(hasher.needsRehash(PasswordHash.NONE)).isTrue();
    }

    @Test
    void aHashMadeWithOtherCostNeedsRehash() {
        PasswordHash weaker = new Argon2idPasswordHasher(new Argon2idSettings(128, 1, 1), WORKERS).hash("pw-123456789");

        assertThat(hasher.needsRehash(weaker)).isTrue();
        assertThat(hasher.needsRehash(hasher.hash("pw-123456789"))).isFalse();
        assertThat(hasher.matches("pw-123456789", weaker)).isTrue();
    }

    @Test
    void settingsRefuseImpossibleCosts() {
        assertThatThrownBy(() -> new Argon2idSettings(4, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Argon2idSettings(1024, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Argon2idSettings(1024, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
