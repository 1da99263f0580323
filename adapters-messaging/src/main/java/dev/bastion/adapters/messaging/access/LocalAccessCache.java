package dev.bastion.adapters.messaging.access;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.bastion.adapters.messaging.shared.CacheBackend;
import dev.bastion.adapters.messaging.shared.ChangeAwareCache;
import dev.bastion.adapters.messaging.shared.CachesOnChannel;
import dev.bastion.adapters.messaging.shared.MonitoredCache;
import dev.bastion.application.access.AccessCache;
import dev.bastion.application.access.MenuView;
import dev.bastion.application.access.UserProfile;
import dev.bastion.application.shared.TreeNode;
import dev.bastion.domain.access.UserAccess;
import dev.bastion.domain.identity.UserId;
import io.micronaut.context.annotation.Property;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * {@link AccessCache} of this instance (three {@link ChangeAwareCache}s: access, profiles and own
 * menus, dropped together), with or without Redis. It is dropped by the domain events that change access
 * ({@code AccessCacheInvalidation}; one user's entries for a change to that user), which every
 * instance hears after the change committed. The
 * time to live ({@code bastion.access.cache-ttl}, default 60 s; {@code 0s} turns caching off) is
 * only the safety net for a lost invalidation. With Redis, nothing is cached while the
 * subscription to changes is down: events told meanwhile would go unheard.
 *
 * <p>The cache monitor shows it as {@code access}: entries, hits and misses of the three caches together
 * (they are dropped together, also by an operator on {@code cache-cleared:access}).
 */
@Singleton
final class LocalAccessCache extends CachesOnChannel implements AccessCache, MonitoredCache {

    static final String NAME = "access";

    static final String TTL_PROPERTY = "bastion.access.cache-ttl";
    private static final String TTL_SETTING = TTL_PROPERTY + " (BASTION_ACCESS_CACHE_TTL)";
    /** Users kept at most; past that the least used leave (Caffeine's size eviction). */
    static final long MAXIMUM_USERS = 10_000;

    private final ChangeAwareCache<UserId, UserAccess> entries;
    private final ChangeAwareCache<UserId, UserProfile> profiles;
    private final ChangeAwareCache<UserId, List<TreeNode<MenuView>>> menus;

    @Inject
    LocalAccessCache(@Property(name = TTL_PROPERTY, defaultValue = "60s") Duration ttl, CacheBackend backend) {
        this(ttl, Ticker.systemTicker(), !backend.usesRedis());
    }

    LocalAccessCache(Duration ttl, Ticker ticker, boolean cachingFromStart) {
        this(new ChangeAwareCache<>(ttl, MAXIMUM_USERS, ticker, cachingFromStart, TTL_SETTING),
                new ChangeAwareCache<>(ttl, MAXIMUM_USERS, ticker, cachingFromStart, TTL_SETTING),
                new ChangeAwareCache<>(ttl, MAXIMUM_USERS, ticker, cachingFromStart, TTL_SETTING));
    }

    private LocalAccessCache(ChangeAwareCache<UserId, UserAccess> entries,
                             ChangeAwareCache<UserId, UserProfile> profiles,
                             ChangeAwareCache<UserId, List<TreeNode<MenuView>>> menus) {
        super(MonitoredCache.clearedChannel(NAME), entries, profiles, menus);
        this.entries = entries;
        this.profiles = profiles;
        this.menus = menus;
    }

    @Override
    public UserProfile profile(UserId user, Function<UserId, UserProfile> load) {
        Objects.requireNonNull(user, "user");
        return profiles.get(user, load);
    }

    @Override
    public List<TreeNode<MenuView>> menus(UserId user, Function<UserId, List<TreeNode<MenuView>>> load) {
        Objects.requireNonNull(user, "user");
        return menus.get(user, key -> Objects.requireNonNull(load.apply(key), "loaded menus"));
    }

    @Override
    public UserAccess get(UserId user, Function<UserId, UserAccess> load) {
        Objects.requireNonNull(user, "user");
        return entries.get(user, key -> Objects.requireNonNull(load.apply(key), "loaded access"));
    }

    @Override
    public void invalidate(UserId user) {
        Objects.requireNonNull(user, "user");
        entries.invalidate(user);
        profiles.invalidate(user);
        menus.invalidate(user);
    }

    /** Users cached now, after pending evictions (for tests). */
    long size() {
        return entries.size();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Users' effective access (every permission check), profiles (/auth/me) and own menus (/auth/menus),"
                + " by user id";
    }

    @Override
    public long entries() {
        return summed(ChangeAwareCache::size);
    }

    @Override
    public long hits() {
        return summed(ChangeAwareCache::hits);
    }

    @Override
    public long misses() {
        return summed(ChangeAwareCache::misses);
    }

    @Override
    public Stream<String> keys() {
        return Stream.of(entries.keys().map(String::valueOf), profiles.keys().map(user -> "profile:" + user),
                menus.keys().map(user -> "menus:" + user)).flatMap(keys -> keys);
    }
}
