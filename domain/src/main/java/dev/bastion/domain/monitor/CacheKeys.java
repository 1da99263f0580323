package dev.bastion.domain.monitor;

import java.util.List;

/**
 * Key names under a prefix, at most {@code limit}, sorted; {@code truncated} says that more may
 * exist (the limit was reached, or the scan stopped at its budget before the end).
 */
public record CacheKeys(String backend, String prefix, int limit, List<String> keys, boolean truncated) {

    /** The most names one listing answers. */
    public static final int MAX_KEYS = 1_000;

    public CacheKeys {
        keys = ServerStatus.listOf(keys);
    }
}
