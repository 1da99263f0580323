package dev.bastion.domain.monitor;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** This instance's Java virtual machine, read when asked (cheap: the JVM's own counters). */
public record JvmStatus(String version, String vendor, Instant startedAt, long uptimeSeconds, MemoryArea heap,
                        MemoryArea nonHeap, List<Collector> garbageCollectors, Threads threads) {

    public JvmStatus {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(heap, "heap");
        Objects.requireNonNull(nonHeap, "nonHeap");
        garbageCollectors = ServerStatus.listOf(garbageCollectors);
        Objects.requireNonNull(threads, "threads");
    }

    /** Bytes used, committed and at most (null when the JVM sets no limit). */
    public record MemoryArea(long usedBytes, long committedBytes, Long maxBytes) {
    }

    /** One garbage collector: how many collections and how long they took in all, since start. */
    public record Collector(String name, long collections, long timeMillis) {

        public Collector {
            Objects.requireNonNull(name, "name");
        }
    }

    public record Threads(int live, int daemon, int peak) {
    }
}
