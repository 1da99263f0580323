package dev.bastion.adapters.messaging.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.domain.monitor.RedisStatus;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RedisInfoTest {

    private static final String INFO = String.join("\r\n",
            "# Server",
            "redis_version:7.2.4",
            "redis_mode:standalone",
            "os:Linux 6.1.0 x86_64",
            "uptime_in_seconds:86400",
            "",
            "# Clients",
            "connected_clients:12",
            "",
            "# Memory",
            "used_memory:1048576",
            "used_memory_human:1.00M",
            "used_memory_peak:2097152",
            "",
            "# Stats",
            "keyspace_hits:900",
            "keyspace_misses:100",
            "",
            "# Keyspace",
            "db12:keys=7,expires=6,avg_ttl=1000,subexpiry=0",
            "db0:keys=3,expires=0,avg_ttl=0",
            "");

    @Test
    void theEssentialsAreRead() {
        RedisStatus status = RedisInfo.parse(INFO, "");

        assertThat(status.version()).isEqualTo("7.2.4");
        assertThat(status.mode()).isEqualTo("standalone");
        assertThat(status.uptimeSeconds()).isEqualTo(86_400);
        assertThat(status.connectedClients()).isEqualTo(12);
        assertThat(status.usedMemoryBytes()).isEqualTo(1_048_576);
        assertThat(status.peakMemoryBytes()).isEqualTo(2_097_152);
        assertThat(status.keyspaceHits()).isEqualTo(900);
        assertThat(status.keyspaceMisses()).isEqualTo(100);
        assertThat(status.hitRatio()).isEqualTo(90.0);
    }

    @Test
    void keysArePerDatabaseInOrder() {
        assertThat(RedisInfo.parse(INFO, "").databases()).containsExactly(
                new RedisStatus.Keyspace(0, 3, 0), new RedisStatus.Keyspace(12, 7, 6));
    }

    @Test
    void theTenCommandsCalledMostComeFirst() {
        String stats = "# Commandstats\r\n" + IntStream.rangeClosed(1, 12)
                .mapToObj(i -> "cmdstat_c" + i + ":calls=" + (i * 10) + ",usec=" + i + ",usec_per_call=" + i
                        + ".50,rejected_calls=0,failed_calls=0")
                .collect(Collectors.joining("\r\n"));

        RedisStatus status = RedisInfo.parse(INFO, stats);

        assertThat(status.topCommands()).hasSize(10);
        assertThat(status.topCommands().get(0)).isEqualTo(new RedisStatus.CommandStats("c12", 120, 12.5));
        assertThat(status.topCommands()).extracting(RedisStatus.CommandStats::command).doesNotContain("c1", "c2");
    }

    @Test
    void whatIsMissingOrUnreadableCountsAsNothing() {
        RedisStatus status = RedisInfo.parse("# Server\nredis_version:6.0.0\nconnected_clients:many\ngarbage line\n",
                "cmdstat_get:calls=x,usec_per_call=NaN");

        assertThat(status.version()).isEqualTo("6.0.0");
        assertThat(status.mode()).isEqualTo("unknown");
        assertThat(status.connectedClients()).isZero();
        assertThat(status.hitRatio()).as("no lookups yet").isNull();
        assertThat(status.databases()).isEmpty();
        assertThat(status.topCommands()).containsExactly(new RedisStatus.CommandStats("get", 0, 0));
        assertThat(RedisInfo.parse(null, null).version()).isEqualTo("unknown");
    }
}
