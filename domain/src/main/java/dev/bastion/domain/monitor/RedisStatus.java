package dev.bastion.domain.monitor;

import java.util.List;
import java.util.Objects;

/**
 * The essentials of Redis's {@code INFO}: version, mode (standalone, sentinel, cluster), uptime,
 * memory used and at its peak, connected clients, keys per database, keyspace hits and misses with
 * their ratio in percent (null before any lookup), and the ten commands called most.
 */
public record RedisStatus(String version, String mode, long uptimeSeconds, long usedMemoryBytes,
                          long peakMemoryBytes, long connectedClients, long keyspaceHits, long keyspaceMisses,
                          Double hitRatio, List<Keyspace> databases, List<CommandStats> topCommands) {

    public RedisStatus {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(mode, "mode");
        databases = ServerStatus.listOf(databases);
        topCommands = ServerStatus.listOf(topCommands);
    }

    /** One logical database: its index, keys, and keys with a time to live. */
    public record Keyspace(int database, long keys, long expires) {
    }

    /** One command: times called, and microseconds per call on average. */
    public record CommandStats(String command, long calls, double microsPerCall) {

        public CommandStats {
            Objects.requireNonNull(command, "command");
        }
    }
}
