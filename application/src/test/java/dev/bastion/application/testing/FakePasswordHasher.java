package dev.bastion.application.testing;

import dev.bastion.domain.identity.PasswordHash;
import dev.bastion.domain.identity.PasswordHasher;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link PasswordHasher} whose "hash" is the password reversed in a PHC-shaped string,
 * {@code $fake$v=1$nosalt$<reversed>}: deterministic, readable in a failing test, and never
 * equal to the password itself. Optionally as slow as a real hasher, to widen race windows.
 * Counts its verifications ({@link #verifications()}), since their number is part of what sign-in
 * must keep the same for known and unknown users.
 */
public final class FakePasswordHasher implements PasswordHasher {

    static final String PREFIX = "$fake$v=1$nosalt$";

    private final Duration hashingTime;
    private final AtomicInteger verifications = new AtomicInteger();

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
        verifications.incrementAndGet();
        return hash(rawPassword).equals(hash);
    }

    /** Anything not made by this hasher counts as weaker. */
    @Override
    public boolean needsRehash(PasswordHash hash) {
        return !hash.encoded().startsWith(PREFIX);
    }

    /** How many times {@link #matches} was called. */
    public int verifications() {
        return verifications.get();
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
