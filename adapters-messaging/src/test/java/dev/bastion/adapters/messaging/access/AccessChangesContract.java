package dev.bastion.adapters.messaging.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.bastion.application.access.AccessChanges;
import dev.bastion.domain.access.UserAccess;
import dev.bastion.domain.identity.UserId;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** What every {@link AccessChanges} does for the instance that announces. */
abstract class AccessChangesContract {

    /** One application instance: its cache and its publisher. */
    protected record Instance(LocalAccessCache cache, AccessChanges changes) {
    }

    /** A fresh instance whose cache is caching (subscribed, where there is something to subscribe to). */
    protected abstract Instance newInstance();

    protected static LocalAccessCache newCache(boolean cachingFromStart) {
        return new LocalAccessCache(Duration.ofMinutes(1), Ticker.systemTicker(), cachingFromStart);
    }

    protected final UserId jane = UserId.newId();
    protected final AtomicInteger loads = new AtomicInteger();

    protected Function<UserId, UserAccess> counting() {
        return user -> {
            loads.incrementAndGet();
            return UserAccess.none(user);
        };
    }

    @Test
    void announcingDropsThisInstancesCachedAccess() {
        Instance instance = newInstance();
        instance.cache().get(jane, counting());
        instance.cache().get(jane, counting());
        assertThat(loads).hasValue(1);

        instance.changes().announce();

        instance.cache().get(jane, counting());
        assertThat(loads).hasValue(2);
    }

    @Test
    void announcingWithNothingCachedOrTwiceIsHarmless() {
        Instance instance = newInstance();

        instance.changes().announce();
        instance.changes().announce();

        instance.cache().get(jane, counting());
        instance.cache().get(jane, counting());
        assertThat(loads).as("caching goes on afterwards").hasValue(1);
    }

    @Test
    void aLoadThatRacedTheAnnouncementIsNotServedAfterwards() {
        Instance instance = newInstance();

        instance.cache().get(jane, user -> {
            instance.changes().announce(); // committed and announced while this load read
            return UserAccess.none(user);
        });

        instance.cache().get(jane, counting());
        assertThat(loads).hasValue(1);
    }
}
