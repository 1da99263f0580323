package dev.bastion.domain.monitor;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The machine as last sampled: {@code sampledAt} is when; {@code cpu.usagePercent} needs two samples
 * and is null until the second one (at most one sampling interval after start).
 */
public record HostStatus(Instant sampledAt, String operatingSystem, Cpu cpu, Memory memory, List<Disk> disks) {

    public HostStatus {
        Objects.requireNonNull(operatingSystem, "operatingSystem");
        Objects.requireNonNull(cpu, "cpu");
        Objects.requireNonNull(memory, "memory");
        disks = ServerStatus.listOf(disks);
    }

    /**
     * The processor: model, cores, the load averages over 1, 5 and 15 minutes (null where the
     * system has none, e.g. Windows) and the share of time spent busy between the last two samples.
     */
    public record Cpu(String model, int physicalCores, int logicalCores, Double loadAverage1m, Double loadAverage5m,
                      Double loadAverage15m, Double usagePercent) {

        public Cpu {
            Objects.requireNonNull(model, "model");
        }
    }

    /** Physical memory in bytes; used = total - available. */
    public record Memory(long totalBytes, long availableBytes, long usedBytes, Double usedPercent) {

        public static Memory of(long totalBytes, long availableBytes) {
            long used = Math.max(0, totalBytes - availableBytes);
            return new Memory(totalBytes, availableBytes, used, ServerStatus.percent(used, totalBytes));
        }
    }

    /**
     * The file system holding a folder Bastion uses: {@code role} says which ({@code data}: the data
     * folder, {@code working}: the working directory), {@code store} names the file system.
     */
    public record Disk(String role, String path, String store, long totalBytes, long usableBytes,
                       Double usedPercent) {

        public Disk {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(store, "store");
        }

        public static Disk of(String role, String path, String store, long totalBytes, long usableBytes) {
            return new Disk(role, path, store, totalBytes, usableBytes,
                    ServerStatus.percent(totalBytes - usableBytes, totalBytes));
        }
    }
}
