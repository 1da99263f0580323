package dev.bastion.domain.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MonitorReadModelsTest {

    @Test
    void aHitRatioIsInPercentWithOneDecimalAndNullBeforeAnyRead() {
        assertThat(new CacheStats("access", "d", 3, 0, 0, null).hitRatio()).isNull();
        assertThat(CacheStats.of("access", "d", 3, 0, 0).hitRatio()).isNull();
        assertThat(CacheStats.of("access", "d", 3, 2, 1).hitRatio()).isEqualTo(66.7);
        assertThat(CacheStats.of("access", "d", 3, 5, 0).hitRatio()).isEqualTo(100.0);
    }

    @Test
    void memoryUsedIsTotalLessAvailable() {
        HostStatus.Memory memory = HostStatus.Memory.of(1000, 250);

        assertThat(memory.usedBytes()).isEqualTo(750);
        assertThat(memory.usedPercent()).isEqualTo(75.0);
        assertThat(HostStatus.Memory.of(0, 0).usedPercent()).isNull();
    }

    @Test
    void aDiskSaysHowFullItIs() {
        assertThat(HostStatus.Disk.of("data", "/d", "/ (/dev/vda)", 200, 50).usedPercent()).isEqualTo(75.0);
    }

    @Test
    void theBackendIsRedisOrInProcess() {
        assertThat(new CacheStatus("in-process", null, null).caches()).isEmpty();
        assertThatThrownBy(() -> new CacheStatus("memcached", null, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
