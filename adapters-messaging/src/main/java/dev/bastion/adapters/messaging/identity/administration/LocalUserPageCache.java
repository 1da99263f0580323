package dev.bastion.adapters.messaging.identity.administration;

import dev.bastion.adapters.messaging.shared.CacheBackend;
import dev.bastion.adapters.messaging.shared.ChangeAwareCache;
import dev.bastion.adapters.messaging.shared.CachesOnChannel;
import dev.bastion.adapters.messaging.shared.MonitoredCache;
import dev.bastion.application.identity.administration.UserPageCache;
import dev.bastion.application.identity.administration.UserView;
import dev.bastion.domain.shared.Page;
import jakarta.inject.Singleton;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * {@link UserPageCache} in this instance's memory (Caffeine, through {@link ChangeAwareCache}), with
 * or without Redis. Entries have no time to live: they go when an event that may change a listed
 * page is heard ({@code UserPageCacheInvalidation}), on every instance, after its change committed
 * and before the write that made it is answered. With Redis, nothing is cached while the subscription
 * to changes is down (a change made meanwhile would go unheard).
 */
@Singleton
final class LocalUserPageCache extends CachesOnChannel implements UserPageCache, MonitoredCache.OverOneCache {

    static final String NAME = "user-pages";

    /**
     * Pages kept at most; past that the least used leave. A page of 20 users is about 10 KB, so the
     * bound keeps this under ~10 MB whatever scopes, filters and pages are asked for.
     */
    static final long MAXIMUM_PAGES = 1_000;

    private final ChangeAwareCache<Key, Page<UserView>> entries;

    LocalUserPageCache(CacheBackend backend) {
        this(ChangeAwareCache.untilChanged(MAXIMUM_PAGES, !backend.usesRedis()));
    }

    private LocalUserPageCache(ChangeAwareCache<Key, Page<UserView>> entries) {
        super(MonitoredCache.clearedChannel(NAME), entries);
        this.entries = entries;
    }

    @Override
    public Page<UserView> get(Key key, Function<Key, Page<UserView>> load) {
        Objects.requireNonNull(key, "key");
        return entries.get(key, page -> Objects.requireNonNull(load.apply(page), "loaded page"));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Pages of the user listing (GET /users), by the viewer's data scope, filters, page and order";
    }

    @Override
    public ChangeAwareCache<?, ?> monitoredEntries() {
        return entries;
    }

    /** The keys as the monitor lists them: who asked, what, which page; not the scope's department ids. */
    @Override
    public Stream<String> keys() {
        return entries.keys().map(key -> "viewer=" + key.scope().viewer() + " query=" + key.query()
                + " page=" + key.page().page() + " size=" + key.page().size() + " sort=" + key.sort());
    }
}
