package dev.bastion.adapters.messaging.shared;

import java.util.Objects;

/**
 * {@link HeardChanges} for one or more {@link ChangeAwareCache}s that a change on one channel
 * makes stale together.
 */
public abstract class CachesOnChannel extends SubscribedCaches implements HeardChanges {

    private final String channel;

    protected CachesOnChannel(String channel, ChangeAwareCache<?, ?>... caches) {
        super(caches);
        this.channel = Objects.requireNonNull(channel, "channel");
    }

    @Override
    public final String channel() {
        return channel;
    }

    @Override
    public final void invalidateAll() {
        super.invalidateAll();
    }
}
