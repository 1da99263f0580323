package dev.bastion.application.testing;

import dev.bastion.application.identity.administration.UserPageCache;
import dev.bastion.application.identity.administration.UserView;
import dev.bastion.domain.shared.Page;

/** {@link UserPageCache} in a map, counting its loads. */
public final class InMemoryUserPageCache extends InMemoryLoadingCache<UserPageCache.Key, Page<UserView>>
        implements UserPageCache {
}
