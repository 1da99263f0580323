package dev.bastion.application.testing;

import dev.bastion.domain.identity.PasswordHash;
import dev.bastion.domain.identity.PasswordHasher;
import java.time.Duration;

/**
 * A {@link PasswordHasher} whose "hash" is the password reversed in a PHC-shaped string,
 * {@code $fake$v=1$nosalt$<reversed>}: deterministic, readable in a failing test, and never
 * equal to the password itself. Optionally as slow as a real hasher, to widen race windows.
 */
public final class FakePasswordHasher implements PasswordHasher {

    static final String PREFIX = "$fake$v=1$nosalt$";

    private final Duration hashingTime;

    public FakePasswordHasher() {
        this(Duration.ZERO);
    }

    public FakePasswordHasher(Duration hashingTime) {
        this.hashingTime = hashingTime;
    }

    @Override
    public PasswordHash hash(CharSequence rawPassword) {
        takeTime();
        return new PasswordHash(PREFIX + new StringBuilder(rawPassword).reverse());
    }

    @Override
    public boolean matches(CharSequence rawPassword, PasswordHash hash) {
        return hash(rawPassword).equals(hash);
    }

    /** Anything not made by this hasher counts as weaker. */
    @Override
    public boolean needsRehash(PasswordHash hash) {
        return !hash.encoded().startsWith(PREFIX);
    }

    private void takeTime() {
        if (hashingTime.isZero()) {
            return;
        }
        try {
            Thread.sleep(hashingTime.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while hashing", e);
        }
    }
}
