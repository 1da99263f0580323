package dev.bastion.application.testing;

import dev.bastion.application.identity.administration.UserReadCache;
import dev.bastion.application.identity.administration.UserView;
import dev.bastion.domain.shared.Page;
import java.util.function.Function;

/** {@link UserReadCache} in two maps, counting their loads. */
public final class InMemoryUserReadCache implements UserReadCache {

    private final InMemoryLoadingCache<PageKey, Page<UserView>> pages = new InMemoryLoadingCache<>();
    private final InMemoryLoadingCache<UserKey, UserView> users = new InMemoryLoadingCache<>();

    @Override
    public Page<UserView> page(PageKey key, Function<PageKey, Page<UserView>> load) {
        return pages.get(key, load);
    }

    @Override
    public UserView user(UserKey key, Function<UserKey, UserView> load) {
        return users.get(key, load);
    }

    @Override
    public void invalidateAll() {
        pages.invalidateAll();
        users.invalidateAll();
    }

    /** How many times a page or a user was loaded. */
    public int loads() {
        return pages.loads() + users.loads();
    }
}
