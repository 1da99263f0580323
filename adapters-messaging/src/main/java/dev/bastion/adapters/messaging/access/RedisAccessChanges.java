package dev.bastion.adapters.messaging.access;

import dev.bastion.adapters.messaging.shared.ChangeAnnouncer;
import dev.bastion.adapters.messaging.shared.WithRedis;
import dev.bastion.application.access.AccessChanges;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/**
 * {@link AccessChanges} across instances: this instance and every other drop their cached
 * access before {@link #announce()} returns ({@link ChangeAnnouncer}: a message on
 * {@code <prefix>access-changed}, waiting until every instance has acknowledged it).
 */
@Singleton
@Requires(condition = WithRedis.class)
final class RedisAccessChanges implements AccessChanges {

    private final LocalAccessCache cache;
    private final ChangeAnnouncer announcer;

    RedisAccessChanges(LocalAccessCache cache, ChangeAnnouncer announcer) {
        this.cache = cache;
        this.announcer = announcer;
    }

    @Override
    public void announce() {
        announcer.announce(cache);
    }
}
