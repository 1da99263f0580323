package dev.bastion.adapters.messaging.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.bastion.adapters.messaging.shared.CacheBackend;
import dev.bastion.application.access.AccessCache;
import dev.bastion.domain.access.UserAccess;
import dev.bastion.domain.identity.UserId;
import io.micronaut.context.annotation.Property;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * {@link AccessCache} of this instance, in Caffeine, with or without Redis: invalidation reaches
 * it through {@link AccessChangeSubscription} (Redis) or directly ({@link InProcessAccessChanges}).
 * The time to live ({@code bastion.access.cache-ttl}, default 60 s; {@code 0s} turns caching off)
 * is only the safety net for a lost invalidation; the size bound keeps memory flat.
 *
 * <p>Every entry carries the generation it was loaded in, and only entries of the current
 * generation are served. {@link #invalidateAll()} starts a new generation, so a value a request
 * loaded while a change was committed and announced (and so perhaps read before it) is never
 * served again, even if it is stored after the invalidation ran.
 *
 * <p>While this instance cannot hear changes (its Redis subscription is down, or not up yet),
 * caching is stopped ({@link #stopCaching()}): every check reads the database, as without a cache.
 */
@Singleton
final class LocalAccessCache implements AccessCache {

    static final String TTL_PROPERTY = "bastion.access.cache-ttl";
    /** Users kept at most; past that the least used leave (Caffeine's size eviction). */
    static final long MAXIMUM_USERS = 10_000;

    private record Entry(long generation, UserAccess access) {
    }

    private final Cache<UserId, Entry> entries;
    private final AtomicLong generation = new AtomicLong();
    private volatile boolean caching;

    @Inject
    LocalAccessCache(@Property(name = TTL_PROPERTY, defaultValue = "60s") Duration ttl, CacheBackend backend) {
        // with Redis, nothing is cached before the subscription to changes is up
        this(ttl, Ticker.systemTicker(), !backend.usesRedis());
    }

    LocalAccessCache(Duration ttl, Ticker ticker, boolean cachingFromStart) {
        Objects.requireNonNull(ttl, TTL_PROPERTY);
        if (ttl.isNegative()) {
            throw new IllegalArgumentException(TTL_PROPERTY + " (BASTION_ACCESS_CACHE_TTL) must not be negative: " + ttl);
        }
        this.entries = Caffeine.newBuilder()
                .expireAfterWrite(ttl)
                .maximumSize(MAXIMUM_USERS)
                .ticker(ticker)
                .build();
        this.caching = cachingFromStart;
    }

    @Override
    public UserAccess get(UserId user, Function<UserId, UserAccess> load) {
        Objects.requireNonNull(user, "user");
        if (!caching) {
            return load.apply(user);
        }
        long current = generation.get();
        Entry hit = entries.getIfPresent(user);
        if (hit != null && hit.generation() == current) {
            return hit.access();
        }
        UserAccess loaded = Objects.requireNonNull(load.apply(user), "loaded access");
        // of two racing loads the one from the later generation stays
        entries.asMap().merge(user, new Entry(current, loaded),
                (stored, fresh) -> stored.generation() > fresh.generation() ? stored : fresh);
        return loaded;
    }

    @Override
    public void invalidateAll() {
        generation.incrementAndGet();
        entries.invalidateAll();
    }

    /** Changes may go unheard from now on: drop everything and serve only fresh loads. */
    void stopCaching() {
        caching = false;
        invalidateAll();
    }

    /**
     * Changes are heard again: drop what was loaded meanwhile (changes may have been missed) and
     * cache again.
     */
    void startCaching() {
        invalidateAll();
        caching = true;
    }

    boolean caching() {
        return caching;
    }

    /** Users cached now, after pending evictions (for tests). */
    long size() {
        entries.cleanUp();
        return entries.estimatedSize();
    }
}
