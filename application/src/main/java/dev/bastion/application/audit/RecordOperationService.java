package dev.bastion.application.audit;

import dev.bastion.domain.audit.OperationLog;
import dev.bastion.domain.audit.OperationRecord;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * {@link RecordOperation} through a bounded in-process queue drained by one writer thread, which
 * appends up to {@value #BATCH} records per transaction ({@link OperationLog#appendAll}). A request
 * only offers to the queue: no database round trip on its path, and a full queue (the database
 * slower than the traffic for long) drops the record and counts it rather than holding the request.
 *
 * <p>A batch the store refuses (database away) is kept and tried again with a growing pause (at most
 * {@value #MAX_PAUSE_MILLIS} ms); meanwhile the queue fills and drops beyond its capacity. {@link #close}
 * stops taking records and writes everything queued before it returns (or gives up after its
 * deadline, reporting how many were lost): the caller runs it before the database goes away.
 */
public final class RecordOperationService implements RecordOperation {

    static final int BATCH = 500;
    /**
     * How long the writer lets a batch gather after its first record: one transaction (lock, last
     * hash, names, inserts) then serves the burst instead of each record alone. An entry is stored at
     * most this much later; the request never waits for it.
     */
    static final long LINGER_MILLIS = 100;
    static final long MAX_PAUSE_MILLIS = 5_000;

    private final OperationLog log;
    private final BlockingQueue<OperationRecord> queue;
    private final Consumer<String> warnings;
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong written = new AtomicLong();
    private final Duration closeDeadline;
    private final Thread writer;
    private volatile boolean closing;
    private volatile long giveUpAtNanos = Long.MAX_VALUE;

    /**
     * @param capacity how many records may wait at most
     * @param closeDeadline how long {@link #close()} waits for the queue to be written at most
     * @param warnings where failures to write are told (a line of text, for the log)
     */
    public RecordOperationService(OperationLog log, int capacity, Duration closeDeadline, Consumer<String> warnings) {
        if (capacity < 1) {
            throw new IllegalArgumentException("BASTION_AUDIT_QUEUE_CAPACITY must be at least 1: " + capacity);
        }
        this.log = Objects.requireNonNull(log, "log");
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.warnings = Objects.requireNonNull(warnings, "warnings");
        this.closeDeadline = Objects.requireNonNull(closeDeadline, "closeDeadline");
        this.writer = new Thread(this::run, "operation-log-writer");
        this.writer.setDaemon(true);
        this.writer.start();
    }

    @Override
    public boolean record(OperationRecord record) {
        if (closing || !queue.offer(record)) {
            dropped.incrementAndGet();
            return false;
        }
        return true;
    }

    /** Records waiting to be written. */
    public int depth() {
        return queue.size();
    }

    /** Records dropped since start (queue full or closing). */
    public long dropped() {
        return dropped.get();
    }

    /** Records written since start. */
    public long written() {
        return written.get();
    }

    /** {@link #close(Duration)} with the deadline given at construction. */
    public void close() {
        close(closeDeadline);
    }

    /**
     * Takes no more records, writes what is queued and stops the writer; returns once it has, or
     * after {@code deadline} (the records still queued then are lost and reported).
     */
    public void close(Duration deadline) {
        closing = true;
        giveUpAtNanos = System.nanoTime() + deadline.toNanos();
        try {
            writer.join(Math.max(1, deadline.toMillis() + 100));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (writer.isAlive()) {
            writer.interrupt();
        }
        int lost = queue.size();
        if (lost > 0) {
            warnings.accept("The operation log closed with " + lost + " entries not written");
        }
    }

    private void run() {
        List<OperationRecord> batch = new ArrayList<>(BATCH);
        long pause = 50;
        while (true) {
            try {
                if (batch.isEmpty()) {
                    OperationRecord first = queue.poll(100, TimeUnit.MILLISECONDS);
                    if (first == null) {
                        if (closing) {
                            return;
                        }
                        continue;
                    }
                    batch.add(first);
                    queue.drainTo(batch, BATCH - 1);
                    if (batch.size() < BATCH && !closing) {
                        Thread.sleep(LINGER_MILLIS);
                        queue.drainTo(batch, BATCH - batch.size());
                    }
                }
                try {
                    log.appendAll(List.copyOf(batch));
                    written.addAndGet(batch.size());
                    batch.clear();
                    pause = 50;
                } catch (RuntimeException failed) {
                    if (closing && System.nanoTime() > giveUpAtNanos) {
                        warnings.accept("The operation log could not write " + (batch.size() + queue.size())
                                + " entries before closing: " + failed);
                        return;
                    }
                    warnings.accept("The operation log could not write " + batch.size()
                            + " entries (tried again in " + pause + " ms): " + failed);
                    Thread.sleep(pause);
                    pause = Math.min(MAX_PAUSE_MILLIS, pause * 2);
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
