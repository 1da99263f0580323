package dev.bastion.domain.monitor;

import java.util.List;
import java.util.Objects;

/**
 * What the server monitor shows: the host this instance runs on (sampled in the background), its
 * JVM and the database it uses. A read model: figures as they were when read, nothing to change.
 */
public record ServerStatus(HostStatus host, JvmStatus jvm, DatabaseStatus database) {

    public ServerStatus {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(jvm, "jvm");
        Objects.requireNonNull(database, "database");
    }

    /** A share of a whole, in percent with one decimal, or null when {@code whole} is not positive. */
    public static Double percent(double part, double whole) {
        if (!(whole > 0) || part < 0) {
            return null;
        }
        return Math.round(part * 1000.0 / whole) / 10.0;
    }

    /** Copies a list that may be null into an unmodifiable one. */
    static <T> List<T> listOf(List<T> items) {
        return items == null ? List.of() : List.copyOf(items);
    }
}
