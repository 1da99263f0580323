package dev.bastion.adapters.messaging.shared;

import java.util.List;

/** One or more {@link ChangeAwareCache}s that start, stop and drop their entries together. */
public abstract class SubscribedCaches implements FollowsSubscription {

    private final List<ChangeAwareCache<?, ?>> caches;

    protected SubscribedCaches(ChangeAwareCache<?, ?>... caches) {
        this.caches = List.of(caches);
    }

    /** Drops every entry of this instance. */
    public void invalidateAll() {
        caches.forEach(ChangeAwareCache::invalidateAll);
    }

    @Override
    public final void startCaching() {
        caches.forEach(ChangeAwareCache::startCaching);
    }

    @Override
    public final void stopCaching() {
        caches.forEach(ChangeAwareCache::stopCaching);
    }

    /** Whether the caches serve entries now (they start and stop together). */
    public final boolean caching() {
        return caches.get(0).caching();
    }
}
