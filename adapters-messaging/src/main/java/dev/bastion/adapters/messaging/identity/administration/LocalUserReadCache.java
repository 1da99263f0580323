package dev.bastion.adapters.messaging.identity.administration;

import dev.bastion.adapters.messaging.shared.CacheBackend;
import dev.bastion.adapters.messaging.shared.ChangeAwareCache;
import dev.bastion.adapters.messaging.shared.CachesOnChannel;
import dev.bastion.adapters.messaging.shared.MonitoredCache;
import dev.bastion.application.identity.administration.UserReadCache;
import dev.bastion.application.identity.administration.UserView;
import dev.bastion.domain.shared.Page;
import jakarta.inject.Singleton;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * {@link UserReadCache} in this instance's memory (two {@link ChangeAwareCache}s over Caffeine, pages
 * and users, dropped together), with or without Redis. Entries have no time to live: they go when an
 * event that may change a read is heard ({@code UserReadCacheInvalidation}), on every instance, after
 * its change committed and before the write that made it is answered. With Redis, nothing is cached
 * while the subscription to changes is down (a change made meanwhile would go unheard).
 *
 * <p>The cache monitor shows it as {@code users}: entries, hits and misses of both together.
 */
@Singleton
final class LocalUserReadCache extends CachesOnChannel implements UserReadCache, MonitoredCache {

    static final String NAME = "users";

    /**
     * Users kept at most on all cached pages together (a page weighs the users on it, at least 1);
     * past that the least used pages leave. A listed user is about 500 bytes, so pages stay under
     * ~10 MB whatever scopes, filters, page sizes and pages are asked for: 1 000 pages of 20, or 200
     * of 100.
     */
    static final long MAXIMUM_LISTED_USERS = 20_000;
    /** Users read by id kept at most (about 500 bytes each). */
    static final long MAXIMUM_USERS = 10_000;

    private final ChangeAwareCache<PageKey, Page<UserView>> pages;
    private final ChangeAwareCache<UserKey, UserView> users;

    LocalUserReadCache(CacheBackend backend) {
        this(ChangeAwareCache.untilChanged(MAXIMUM_LISTED_USERS, page -> Math.max(1, page.items().size()),
                        !backend.usesRedis()),
                ChangeAwareCache.untilChanged(MAXIMUM_USERS, !backend.usesRedis()));
    }

    private LocalUserReadCache(ChangeAwareCache<PageKey, Page<UserView>> pages,
                               ChangeAwareCache<UserKey, UserView> users) {
        super(MonitoredCache.clearedChannel(NAME), pages, users);
        this.pages = pages;
        this.users = users;
    }

    @Override
    public Page<UserView> page(PageKey key, Function<PageKey, Page<UserView>> load) {
        Objects.requireNonNull(key, "key");
        return pages.get(key, page -> Objects.requireNonNull(load.apply(page), "loaded page"));
    }

    @Override
    public UserView user(UserKey key, Function<UserKey, UserView> load) {
        Objects.requireNonNull(key, "key");
        return users.get(key, user -> Objects.requireNonNull(load.apply(user), "loaded user"));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Users as administrators read them: pages of the listing (GET /users) and users by id"
                + " (GET /users/{id}), by the viewer's data scope and what was asked";
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

    /** The keys as the monitor lists them: who asked, and what; not the scope's department ids. */
    @Override
    public Stream<String> keys() {
        return Stream.concat(
                pages.keys().map(key -> "page:viewer=" + key.scope().viewer() + " query=" + key.query()
                        + " page=" + key.page().page() + " size=" + key.page().size() + " sort=" + key.sort()),
                users.keys().map(key -> "user:viewer=" + key.scope().viewer() + " id=" + key.id()));
    }
}
