package dev.bastion.application.testing;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A cache port's fake in a map: the value of a key, or what {@code load} returns (cached unless
 * null), dropped by {@link #invalidateAll()}; counting the loads (what a test of "no database once
 * warm" asks). The in-memory fakes of the caches that are emptied as a whole are made of it.
 */
public class InMemoryLoadingCache<K, V> {

    private final ConcurrentMap<K, V> entries = new ConcurrentHashMap<>();
    private final AtomicInteger loads = new AtomicInteger();

    public V get(K key, Function<K, V> load) {
        V cached = entries.get(key);
        if (cached != null) {
            return cached;
        }
        loads.incrementAndGet();
        V loaded = load.apply(key);
        if (loaded != null) {
            entries.put(key, loaded);
        }
        return loaded;
    }

    public void invalidateAll() {
        entries.clear();
    }

    /** How many times a value was loaded. */
    public int loads() {
        return loads.get();
    }
}
