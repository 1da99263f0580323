package dev.bastion.adapters.messaging.access;

import dev.bastion.adapters.messaging.shared.WithoutRedis;
import dev.bastion.application.access.AccessChanges;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/** {@link AccessChanges} for a single instance (no Redis): this instance's cache is the only one. */
@Singleton
@Requires(condition = WithoutRedis.class)
final class InProcessAccessChanges implements AccessChanges {

    private final LocalAccessCache cache;

    InProcessAccessChanges(LocalAccessCache cache) {
        this.cache = cache;
    }

    @Override
    public void announce() {
        cache.invalidateAll();
    }
}
