package dev.bastion.adapters.messaging.shared;

import java.util.List;
import java.util.function.ToLongFunction;

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

    /** {@code figure} summed over the caches: what the cache monitor shows of caches dropped together. */
    protected final long summed(ToLongFunction<ChangeAwareCache<?, ?>> figure) {
        return caches.stream().mapToLong(figure).sum();
    }

    /** Whether the caches serve entries now (they start and stop together). */
    public final boolean caching() {
        return caches.get(0).caching();
    }
}
