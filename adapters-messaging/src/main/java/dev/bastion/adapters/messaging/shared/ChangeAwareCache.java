package dev.bastion.adapters.messaging.shared;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;

/**
 * A per-instance cache (Caffeine) whose entries must go the moment a change is heard: the
 * mechanism behind the access cache and the session-check cache. The time to live is only the
 * safety net for a lost change message; the size bound keeps memory flat.
 *
 * <p>Every entry carries the generation it was loaded in, and only entries of the current
 * generation are served. {@link #invalidateAll()} starts a new generation, so a value a request
 * loaded while a change was committed and announced (and so perhaps read before it) is never
 * served again, even if it is stored after the invalidation ran.
 *
 * <p>A change to one key ({@link #invalidate(Object)}) works the same way on that key's stripe: keys
 * are spread over {@value #STRIPES} stripes, each with a generation of its own, and an entry is
 * served only while both its generations are current. A change to one key then drops that key and,
 * at worst, the few others sharing its stripe, never the rest: one user's edit does not make every
 * user's next request load again.
 *
 * <p>While this instance cannot hear changes (its Redis subscription is down, or not up yet),
 * caching is stopped ({@link #stopCaching()}): every read loads, as without a cache.
 */
public final class ChangeAwareCache<K, V> {

    /** Stripes of per-key generations: a power of two (8 KB of counters per cache). */
    static final int STRIPES = 1024;

    private record Entry<V>(long generation, long stripeGeneration, V value) {

        /** Of two loads of one key, the later: loaded in a later generation, or a later one of the stripe. */
        Entry<V> later(Entry<V> other) {
            if (generation != other.generation) {
                return generation > other.generation ? this : other;
            }
            return stripeGeneration >= other.stripeGeneration ? this : other;
        }
    }

    private final Cache<K, Entry<V>> entries;
    private final AtomicLong generation = new AtomicLong();
    private final AtomicLongArray stripeGenerations = new AtomicLongArray(STRIPES);
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private volatile boolean caching;

    /** {@code ttl} zero turns caching off; {@code setting} names the setting in the error for a negative one. */
    public ChangeAwareCache(Duration ttl, long maximumSize, Ticker ticker, boolean cachingFromStart, String setting) {
        Objects.requireNonNull(ttl, setting);
        if (ttl.isNegative()) {
            throw new IllegalArgumentException(setting + " must not be negative: " + ttl);
        }
        this.entries = Caffeine.newBuilder()
                .expireAfterWrite(ttl)
                .maximumSize(maximumSize)
                .ticker(ticker)
                .build();
        this.caching = cachingFromStart;
    }

    private ChangeAwareCache(Cache<K, Entry<V>> entries, boolean cachingFromStart) {
        this.entries = entries;
        this.caching = cachingFromStart;
    }

    /**
     * A cache whose entries stay until a change drops them, with no time to live: for what changes
     * only through events, which every instance hears (replayed after an outage; caching stops
     * while the subscription is down), so there is no lost change for a timer to make good.
     */
    public static <K, V> ChangeAwareCache<K, V> untilChanged(long maximumSize, boolean cachingFromStart) {
        return new ChangeAwareCache<>(Caffeine.newBuilder().maximumSize(maximumSize).build(), cachingFromStart);
    }

    /**
     * As {@link #untilChanged(long, boolean)}, bounded by weight instead of count: for values whose
     * size varies (a page of 1 or of 100 users), so that the bound is one of memory.
     */
    public static <K, V> ChangeAwareCache<K, V> untilChanged(long maximumWeight, ToIntFunction<V> weight,
                                                             boolean cachingFromStart) {
        Objects.requireNonNull(weight, "weight");
        Cache<K, Entry<V>> entries = Caffeine.newBuilder()
                .maximumWeight(maximumWeight)
                .<K, Entry<V>>weigher((key, entry) -> weight.applyAsInt(entry.value()))
                .build();
        return new ChangeAwareCache<>(entries, cachingFromStart);
    }

    /**
     * The cached value of {@code key}, or what {@code load} returns (then cached, unless it is
     * null). An {@link #invalidateAll()}, or an {@link #invalidate(Object)} of this key, while
     * {@code load} runs wins: the loaded value may answer this call but is not served again.
     */
    public V get(K key, Function<K, V> load) {
        Objects.requireNonNull(key, "key");
        if (!caching) {
            misses.increment();
            return load.apply(key);
        }
        // both generations read before the load: a change heard after this point outdates what it reads
        long current = generation.get();
        int stripe = stripe(key);
        long stripeCurrent = stripeGenerations.get(stripe);
        Entry<V> hit = entries.getIfPresent(key);
        if (hit != null && hit.generation() == current && hit.stripeGeneration() == stripeCurrent) {
            hits.increment();
            return hit.value();
        }
        misses.increment();
        V loaded = load.apply(key);
        if (loaded != null) {
            // of two racing loads the later one stays
            entries.asMap().merge(key, new Entry<>(current, stripeCurrent, loaded), Entry::later);
        }
        return loaded;
    }

    /**
     * A change to {@code key} alone: its entry goes on this instance, and a load of it already
     * running is not served again (the next {@link #get} loads). Keys sharing its stripe load again
     * too; every other key stays.
     */
    public void invalidate(K key) {
        Objects.requireNonNull(key, "key");
        stripeGenerations.incrementAndGet(stripe(key));
        entries.invalidate(key);
    }

    /** The stripe {@code key} falls in (tests pick keys that do or do not share one). */
    public static int stripe(Object key) {
        int hash = key.hashCode();
        return (hash ^ (hash >>> 16)) & (STRIPES - 1);
    }

    /** Forgets one entry of this instance (not a change: other instances keep theirs). */
    public void forget(K key) {
        entries.invalidate(key);
    }

    /** Forgets every entry of this instance: the next {@link #get} of each key loads again. */
    public void invalidateAll() {
        generation.incrementAndGet();
        entries.invalidateAll();
    }

    /** Changes may go unheard from now on: drop everything and serve only fresh loads. */
    public void stopCaching() {
        caching = false;
        invalidateAll();
    }

    /** Changes are heard again: drop what was loaded meanwhile (changes may have been missed) and cache again. */
    public void startCaching() {
        invalidateAll();
        caching = true;
    }

    public boolean caching() {
        return caching;
    }

    /** Reads answered from the cache since start (the cache monitor and {@code bastion_cache_gets_total}). */
    public long hits() {
        return hits.sum();
    }

    /** Reads that loaded (not cached, stale, or caching stopped) since start. */
    public long misses() {
        return misses.sum();
    }

    /** The keys of the entries that would be served now. */
    public Stream<K> keys() {
        long current = generation.get();
        return entries.asMap().entrySet().stream()
                .filter(entry -> entry.getValue().generation() == current
                        && entry.getValue().stripeGeneration() == stripeGenerations.get(stripe(entry.getKey())))
                .map(java.util.Map.Entry::getKey);
    }

    /** Entries held now, after pending evictions (also what the cache monitor shows). */
    public long size() {
        entries.cleanUp();
        return entries.estimatedSize();
    }
}
