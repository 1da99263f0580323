package dev.bastion.adapters.messaging.shared;

import java.util.List;
import java.util.Objects;

/**
 * {@link HeardChanges} for one or more {@link ChangeAwareCache}s that a change on one channel
 * makes stale together (the access cache holds access and profiles, for example).
 */
public abstract class CachesOnChannel implements HeardChanges {

    private final String channel;
    private final List<ChangeAwareCache<?, ?>> caches;

    protected CachesOnChannel(String channel, ChangeAwareCache<?, ?>... caches) {
        this.channel = Objects.requireNonNull(channel, "channel");
        this.caches = List.of(caches);
    }

    @Override
    public final String channel() {
        return channel;
    }

    @Override
    public final void invalidateAll() {
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
