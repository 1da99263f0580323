package dev.bastion.application.testing;

import dev.bastion.application.shared.Transactions;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * {@link Transactions} for use-case tests. {@link #inExclusiveTransaction} really holds a lock
 * per name for the length of the work, as the PostgreSQL advisory lock does across instances,
 * so concurrent use-case tests mean something.
 *
 * <p>It does not roll back: the in-memory fakes keep whatever a failed use case wrote before it
 * failed. Atomicity is the persistence adapter's to prove, against a real database.
 */
public final class InMemoryTransactions implements Transactions {

    private final ConcurrentMap<String, ReentrantLock> locks = new ConcurrentHashMap<>();
    private final AtomicInteger started = new AtomicInteger();
    private final ThreadLocal<Integer> depth = ThreadLocal.withInitial(() -> 0);

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        started.incrementAndGet();
        depth.set(depth.get() + 1);
        try {
            return work.get();
        } finally {
            depth.set(depth.get() - 1);
        }
    }

    @Override
    public <T> T inExclusiveTransaction(String lockName, Supplier<T> work) {
        ReentrantLock lock = locks.computeIfAbsent(lockName, name -> new ReentrantLock());
        lock.lock();
        try {
            return inTransaction(work);
        } finally {
            lock.unlock();
        }
    }

    /** Whether the calling thread is inside a transaction now (what must wait for the commit can check it). */
    public boolean active() {
        return depth.get() > 0;
    }

    /** How many transactions were begun, exclusive ones included. */
    public int started() {
        return started.get();
    }
}
