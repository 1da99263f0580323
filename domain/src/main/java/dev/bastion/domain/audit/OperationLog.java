package dev.bastion.domain.audit;

import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The operation log: one hash chain, appended in order even by several instances at once.
 */
public interface OperationLog {

    /**
     * Appends {@code records} in order at the end of the chain, in one transaction that holds the
     * chain's lock (so concurrent writers queue), with each actor's username as it is now.
     */
    void appendAll(List<OperationRecord> records);

    Page<OperationLogEntry> find(OperationLogQuery query, PageRequest page);

    Optional<OperationLogEntry> get(UUID id);

    /**
     * Up to {@code limit} entries matching {@code query}, newest first, strictly after (older than)
     * {@code after} in that order, or from the newest when {@code after} is null: for reading a
     * listing slice by slice.
     */
    List<OperationLogEntry> slice(OperationLogQuery query, OperationLogEntry after, int limit);

    /**
     * Where a walk of the entries made in {@code [from, to)} starts: the hash the first of them must
     * follow (the entry before it, or the anchor left by a purge, or {@link OperationLogEntry#GENESIS}),
     * and the sequence range to walk; empty range when no entry is in the window.
     */
    ChainWindow window(Instant from, Instant to);

    /** Up to {@code limit} entries with sequence in {@code (afterSequence, lastSequence]}, in chain order. */
    List<OperationLogEntry> chainSlice(long afterSequence, long lastSequence, int limit);

    /**
     * Deletes every entry up to the last one made before {@code cutoff} (a prefix of the chain),
     * keeping that entry's hash as the anchor the rest follows; returns how many were deleted.
     */
    long purgeBefore(Instant cutoff);

    /** A stretch of the chain: entries with sequence in {@code (afterSequence, lastSequence]} following {@code previousHash}. */
    record ChainWindow(String previousHash, long afterSequence, long lastSequence) {
    }
}
