package dev.bastion.adapters.persistence.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.monitor.HostStatus;
import dev.bastion.domain.monitor.JvmStatus;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import oshi.SystemInfo;
import oshi.hardware.HardwareAbstractionLayer;

class OshiHostProbeTest {

    @TempDir
    Path folder;

    private OshiHostProbe probe(Path dataFolder) {
        return new OshiHostProbe(Duration.ofSeconds(5), dataFolder, new SystemInfo(), Clock.systemUTC());
    }

    @Test
    void theFirstSampleHasEverythingButTheBusyShareWhichTheNextOneHas() throws InterruptedException {
        OshiHostProbe probe = probe(folder);

        HostStatus first = probe.host();
        assertThat(first.cpu().model()).isNotBlank();
        assertThat(first.cpu().logicalCores()).isPositive();
        assertThat(first.cpu().physicalCores()).isPositive();
        assertThat(first.cpu().usagePercent()).as("one reading of the ticks is no share").isNull();
        assertThat(first.memory().totalBytes()).isPositive();
        assertThat(first.memory().usedBytes()).isEqualTo(first.memory().totalBytes() - first.memory().availableBytes());
        assertThat(first.operatingSystem()).isNotBlank();

        Thread.sleep(300);
        probe.sample();

        HostStatus second = probe.host();
        assertThat(second.cpu().usagePercent()).isBetween(0.0, 100.0);
        assertThat(second.sampledAt()).isAfter(first.sampledAt());
    }

    @Test
    void oshiIsFirstAskedAtTheFirstSampleNotWhenTheProbeIsBuiltAtStart() {
        AtomicInteger hardwareReads = new AtomicInteger();
        SystemInfo counted = new SystemInfo() {
            @Override
            public HardwareAbstractionLayer getHardware() {
                hardwareReads.incrementAndGet();
                return super.getHardware();
            }
        };
        OshiHostProbe probe = new OshiHostProbe(Duration.ofSeconds(5), folder, counted, Clock.systemUTC());
        assertThat(hardwareReads).hasValue(0);

        probe.sample();
        int afterFirstSample = hardwareReads.get();
        HostStatus first = probe.host();

        assertThat(afterFirstSample).isPositive();
        assertThat(first.cpu().model()).isNotBlank();
        assertThat(hardwareReads).as("the machine is read once").hasValue(afterFirstSample);
    }

    @Test
    void aSampleRightAfterTheLastIsSkippedRatherThanMeasuredOverNoTime() {
        OshiHostProbe probe = probe(folder);
        HostStatus first = probe.host();

        probe.sample();

        assertThat(probe.host()).isSameAs(first);
    }

    @Test
    void theDisksOfTheDataFolderAndTheWorkingDirectoryAreShownEvenBeforeTheFolderExists() {
        Path notYet = folder.resolve("not/yet/there");

        HostStatus host = probe(notYet).host();

        assertThat(host.disks()).extracting(HostStatus.Disk::role).containsExactly("data", "working");
        HostStatus.Disk data = host.disks().get(0);
        assertThat(data.path()).isEqualTo(notYet.toAbsolutePath().toString());
        assertThat(data.totalBytes()).isPositive();
        assertThat(data.usableBytes()).isBetween(0L, data.totalBytes());
        assertThat(data.store()).isNotBlank();
    }

    @Test
    void theJvmIsReadFromItsOwnCounters() {
        JvmStatus jvm = probe(folder).jvm();

        assertThat(jvm.version()).startsWith(String.valueOf(Runtime.version().feature()));
        assertThat(jvm.vendor()).isNotBlank();
        assertThat(jvm.startedAt()).isBefore(Instant.now());
        assertThat(jvm.heap().usedBytes()).isPositive();
        assertThat(jvm.heap().committedBytes()).isGreaterThanOrEqualTo(jvm.heap().usedBytes());
        assertThat(jvm.nonHeap().usedBytes()).isPositive();
        assertThat(jvm.garbageCollectors()).isNotEmpty();
        assertThat(jvm.threads().live()).isPositive();
        assertThat(jvm.threads().peak()).isGreaterThanOrEqualTo(jvm.threads().live());
        assertThat(jvm.threads().daemon()).isLessThanOrEqualTo(jvm.threads().live());
    }

    @Test
    void theSamplingIntervalMustBePositiveAndAtMostAnHour() {
        for (Duration wrong : new Duration[] {Duration.ZERO, Duration.ofSeconds(-1), Duration.ofHours(2)}) {
            assertThatThrownBy(() -> new OshiHostProbe(wrong, folder, new SystemInfo(), Clock.systemUTC()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("BASTION_MONITOR_SAMPLE_INTERVAL");
        }
    }
}
