package dev.bastion.domain.audit;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Walks entries in chain order from an expected first previous hash, recomputing each hash, and
 * stops at the first entry that does not follow: its stored previous hash is not the hash before
 * it, or its stored hash is not what its content gives. Not thread-safe: one walk, one instance.
 */
public final class ChainVerification {

    private String expectedPrevious;
    private long verified;
    private Broken broken;

    public ChainVerification(String expectedPrevious) {
        this.expectedPrevious = Objects.requireNonNull(expectedPrevious, "expectedPrevious");
    }

    /** Checks the next entry; false once the chain is broken (later entries are not looked at). */
    public boolean accept(OperationLogEntry entry) {
        if (broken != null) {
            return false;
        }
        String expected = OperationLogEntry.hashOf(entry.record(), expectedPrevious);
        if (!entry.previousHash().equals(expectedPrevious) || !entry.hash().equals(expected)) {
            broken = new Broken(entry.id(), expected, entry.hash());
            return false;
        }
        expectedPrevious = entry.hash();
        verified++;
        return true;
    }

    public Result result() {
        return new Result(verified, Optional.ofNullable(broken));
    }

    /** The first entry that does not follow: the hash it should have after its predecessor, and the one stored. */
    public record Broken(UUID id, String expected, String found) {
    }

    /** How many entries followed, and the first that did not, if any. */
    public record Result(long verified, Optional<Broken> firstBroken) {
    }
}
