package dev.bastion.adapters.persistence.identity;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Argon2id cost. Defaults are OWASP's recommendation for Argon2id: 19 MiB of memory,
 * 2 iterations, 1 lane. Raising them makes stored hashes "need rehash" on next login.
 *
 * @param memoryKib   memory per hash in KiB ({@code bastion.password.argon2.memory-kib})
 * @param iterations  passes over memory ({@code bastion.password.argon2.iterations})
 * @param parallelism lanes ({@code bastion.password.argon2.parallelism})
 */
@ConfigurationProperties("bastion.password.argon2")
public record Argon2idSettings(
        @Bindable(defaultValue = "19456") int memoryKib,
        @Bindable(defaultValue = "2") int iterations,
        @Bindable(defaultValue = "1") int parallelism) {

    public static final Argon2idSettings OWASP = new Argon2idSettings(19_456, 2, 1);

    public Argon2idSettings {
        if (memoryKib < 8 * parallelism) {
            throw new IllegalArgumentException("Argon2id needs at least 8 KiB of memory per lane");
        }
        if (iterations < 1 || parallelism < 1 || parallelism > 64 || iterations > 100 || memoryKib > 4_194_304) {
            throw new IllegalArgumentException(
                    "Argon2id needs 1..100 iterations, 1..64 lanes and at most 4 GiB of memory");
        }
    }
}
