package dev.bastion.application.testing;

import dev.bastion.application.identity.administration.UserPageCache;
import dev.bastion.application.identity.administration.UserView;
import dev.bastion.domain.shared.Page;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/** {@link UserPageCache} in a map, counting its loads (what a test of "no database once warm" asks). */
public final class InMemoryUserPageCache implements UserPageCache {

    private final ConcurrentMap<Key, Page<UserView>> entries = new ConcurrentHashMap<>();
    private final AtomicInteger loads = new AtomicInteger();

    @Override
    public Page<UserView> get(Key key, Function<Key, Page<UserView>> load) {
        Page<UserView> cached = entries.get(key);
        if (cached != null) {
            return cached;
        }
        loads.incrementAndGet();
        Page<UserView> loaded = load.apply(key);
        entries.put(key, loaded);
        return loaded;
    }

    @Override
    public void invalidateAll() {
        entries.clear();
    }

    /** How many times a page was loaded. */
    public int loads() {
        return loads.get();
    }
}
