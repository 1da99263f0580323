package dev.bastion.application.shared;

import java.util.function.Supplier;

/**
 * A unit of work. Use cases that must be atomic run their work through this port; the
 * persistence adapter implements it with a database transaction.
 */
public interface Transactions {

    /** Runs {@code work} in one transaction: all of its writes commit together or none do. */
    <T> T inTransaction(Supplier<T> work);

    /**
     * Like {@link #inTransaction}, but holding the cluster-wide lock {@code lockName} until the
     * transaction ends, so the same work on several instances runs one after the other.
     */
    <T> T inExclusiveTransaction(String lockName, Supplier<T> work);
}
