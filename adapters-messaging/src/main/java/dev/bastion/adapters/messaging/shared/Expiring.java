package dev.bastion.adapters.messaging.shared;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Duration;

/**
 * A value of an in-process twin with its own clean-up deadline (Caffeine's ticker, i.e.
 * {@link System#nanoTime()}): the in-process counterpart of a Redis TTL, set the same way
 * (from domain durations plus {@link RedisScripts#SAFETY_MARGIN}) and, like it, never used
 * for a decision.
 */
public record Expiring<V>(V value, long deadlineNanos) {

    /** {@code value}, kept for {@code needed} plus the safety margin from now (real time). */
    public static <V> Expiring<V> keptFor(V value, Duration needed) {
        return new Expiring<>(value, System.nanoTime() + RedisScripts.ttlMillis(needed) * 1_000_000L);
    }

    /** Another value under the same deadline. */
    public Expiring<V> replacedBy(V other) {
        return new Expiring<>(other, deadlineNanos);
    }

    /** A cache whose entries leave at their own deadline. */
    public static <K, V> Cache<K, Expiring<V>> cache() {
        return Caffeine.newBuilder().expireAfter(new Expiry<K, Expiring<V>>() {
            @Override
            public long expireAfterCreate(K key, Expiring<V> entry, long currentTime) {
                return Math.max(0, entry.deadlineNanos() - currentTime);
            }

            @Override
            public long expireAfterUpdate(K key, Expiring<V> entry, long currentTime, long currentDuration) {
                return Math.max(0, entry.deadlineNanos() - currentTime);
            }

            @Override
            public long expireAfterRead(K key, Expiring<V> entry, long currentTime, long currentDuration) {
                return currentDuration;
            }
        }).build();
    }
}
