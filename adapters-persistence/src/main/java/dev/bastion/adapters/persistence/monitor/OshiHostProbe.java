package dev.bastion.adapters.persistence.monitor;

import dev.bastion.domain.monitor.HostProbe;
import dev.bastion.domain.monitor.HostStatus;
import dev.bastion.domain.monitor.JvmStatus;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Property;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.lang.management.RuntimeMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import oshi.SystemInfo;
import oshi.hardware.CentralProcessor;
import oshi.hardware.GlobalMemory;

/**
 * The host and the JVM for the server monitor. The host is sampled in the background every
 * {@code bastion.monitor.sample-interval} ({@code BASTION_MONITOR_SAMPLE_INTERVAL}, default 5 s) with
 * OSHI: the CPU's busy share needs two readings of its tick counters, and OSHI's probes read files
 * of {@code /proc} (or call the OS), so a request only reads the last sample. The processor's model
 * and cores are read once. The JVM's figures are its own counters, read when asked.
 *
 * <p>It lives in the persistence adapter, beside the database probe: both read the state of the
 * machine and of the stores this instance runs on (the data folder's disk, the database), which is
 * what this adapter is about; messaging is Redis's and bootstrap holds no logic.
 *
 * <p>Built with the context ({@code @Context}), so a wrong interval stops the start; OSHI itself
 * (its native bindings, {@code /proc/cpuinfo}) is loaded by the first sample, taken on the scheduler's
 * thread a second after start, not on the main thread while the server starts (0.1–0.2 s of it). The
 * busy share is known one interval after that. Asked before the first sample, it samples there and
 * then, once.
 */
@Context
@Singleton
final class OshiHostProbe implements HostProbe {

    static final String INTERVAL_PROPERTY = "bastion.monitor.sample-interval";
    static final String DATA_DIR_PROPERTY = "bastion.data-dir";
    private static final Logger LOG = LoggerFactory.getLogger(OshiHostProbe.class);

    private final Clock clock;
    private final Path dataFolder;
    private final SystemInfo system;
    private volatile Machine machine;
    /** Ticks closer together than this say nothing about the load; the sample is skipped. */
    private static final long MIN_TICK_SPAN_NANOS = Duration.ofMillis(200).toNanos();
    private long[] previousTicks;
    private long previousTicksAt;
    private volatile HostStatus latest;
    private volatile boolean failureLogged;

    @Inject
    OshiHostProbe(@Property(name = INTERVAL_PROPERTY, defaultValue = "5s") Duration interval,
                  @Property(name = DATA_DIR_PROPERTY, defaultValue = "data") String dataFolder) {
        this(interval, Path.of(dataFolder), new SystemInfo(), Clock.systemUTC());
    }

    OshiHostProbe(Duration interval, Path dataFolder, SystemInfo system, Clock clock) {
        if (interval == null || interval.isNegative() || interval.isZero() || interval.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException(INTERVAL_PROPERTY + " (BASTION_MONITOR_SAMPLE_INTERVAL) must be "
                    + "more than 0 and at most 1h: " + interval);
        }
        this.clock = clock;
        this.dataFolder = dataFolder;
        this.system = system;
    }

    /** What OSHI reads once: the processor, the memory, the operating system's name. */
    private record Machine(CentralProcessor processor, GlobalMemory memory, String operatingSystem, String model,
                           int physicalCores, int logicalCores) {

        static Machine of(SystemInfo system) {
            CentralProcessor processor = system.getHardware().getProcessor();
            return new Machine(processor, system.getHardware().getMemory(), String.valueOf(system.getOperatingSystem()),
                    processor.getProcessorIdentifier().getName().strip(), processor.getPhysicalProcessorCount(),
                    processor.getLogicalProcessorCount());
        }
    }

    private Machine machine() {
        Machine known = machine;
        if (known == null) {
            synchronized (this) {
                if (machine == null) {
                    machine = Machine.of(system);
                }
                known = machine;
            }
        }
        return known;
    }

    /** Takes a sample now; the CPU's busy share is over the time since the previous one. */
    @Scheduled(fixedDelay = "${" + INTERVAL_PROPERTY + ":5s}", initialDelay = "1s")
    void sample() {
        try {
            long[] before;
            synchronized (this) {
                if (previousTicks != null && System.nanoTime() - previousTicksAt < MIN_TICK_SPAN_NANOS) {
                    return; // just constructed: the next run measures over a real span
                }
                before = previousTicks;
            }
            latest = sampleNow(before);
            failureLogged = false;
        } catch (RuntimeException failed) {
            if (!failureLogged) {
                failureLogged = true;
                LOG.warn("Cannot sample the host ({}); the server monitor shows the last sample", failed.toString());
            }
        }
    }

    private HostStatus sampleNow(long[] before) {
        Machine machine = machine();
        CentralProcessor processor = machine.processor();
        long[] ticks = processor.getSystemCpuLoadTicks();
        Double usage = null;
        if (before != null) {
            double load = processor.getSystemCpuLoadBetweenTicks(before);
            usage = load >= 0 ? Math.round(load * 1000.0) / 10.0 : null;
        }
        synchronized (this) {
            previousTicks = ticks;
            previousTicksAt = System.nanoTime();
        }
        double[] loads = processor.getSystemLoadAverage(3);
        HostStatus.Cpu cpu = new HostStatus.Cpu(machine.model(), machine.physicalCores(), machine.logicalCores(),
                load(loads, 0), load(loads, 1), load(loads, 2), usage);
        GlobalMemory memory = machine.memory();
        return new HostStatus(clock.instant(), machine.operatingSystem(), cpu,
                HostStatus.Memory.of(memory.getTotal(), memory.getAvailable()), disks());
    }

    /** A load average, rounded to two decimals, or null where the system has none (negative). */
    private static Double load(double[] loads, int index) {
        return index < loads.length && loads[index] >= 0 ? Math.round(loads[index] * 100.0) / 100.0 : null;
    }

    private List<HostStatus.Disk> disks() {
        List<HostStatus.Disk> disks = new ArrayList<>(2);
        disk("data", dataFolder).ifPresent(disks::add);
        disk("working", Path.of("")).ifPresent(disks::add);
        return disks;
    }

    /** The file system holding {@code folder}, or that of its nearest existing parent. */
    private static java.util.Optional<HostStatus.Disk> disk(String role, Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return java.util.Optional.empty();
        }
        try {
            FileStore store = Files.getFileStore(existing);
            return java.util.Optional.of(HostStatus.Disk.of(role, absolute.toString(), store.toString(),
                    store.getTotalSpace(), store.getUsableSpace()));
        } catch (IOException | SecurityException unreadable) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public HostStatus host() {
        HostStatus known = latest;
        if (known == null) {
            known = firstSample();
        }
        return known;
    }

    /** Asked before the scheduler's first sample: take it now (once; later asks read it). */
    private synchronized HostStatus firstSample() {
        if (latest == null) {
            latest = sampleNow(null);
        }
        return latest;
    }

    @Override
    public JvmStatus jvm() {
        RuntimeMXBean runtime = ManagementFactory.getRuntimeMXBean();
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        MemoryUsage nonHeap = ManagementFactory.getMemoryMXBean().getNonHeapMemoryUsage();
        List<JvmStatus.Collector> collectors = new ArrayList<>();
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            collectors.add(new JvmStatus.Collector(collector.getName(), Math.max(0, collector.getCollectionCount()),
                    Math.max(0, collector.getCollectionTime())));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return new JvmStatus(Runtime.version().toString(), String.valueOf(System.getProperty("java.vm.vendor")),
                Instant.ofEpochMilli(runtime.getStartTime()), Duration.ofMillis(runtime.getUptime()).toSeconds(),
                area(heap), area(nonHeap), collectors,
                new JvmStatus.Threads(threads.getThreadCount(), threads.getDaemonThreadCount(),
                        threads.getPeakThreadCount()));
    }

    private static JvmStatus.MemoryArea area(MemoryUsage usage) {
        return new JvmStatus.MemoryArea(usage.getUsed(), usage.getCommitted(),
                usage.getMax() < 0 ? null : usage.getMax());
    }
}
