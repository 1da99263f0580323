package dev.bastion.domain.monitor;

import java.util.Objects;

/**
 * The database: whether it answered, its server version and this database's size (null when it did
 * not answer), and this instance's connection pool (connections in use, idle, the most it opens,
 * and requests waiting for one).
 */
public record DatabaseStatus(boolean reachable, String version, Long sizeBytes, Pool pool) {

    public DatabaseStatus {
        Objects.requireNonNull(pool, "pool");
    }

    public record Pool(int active, int idle, int max, int waiting) {
    }
}
