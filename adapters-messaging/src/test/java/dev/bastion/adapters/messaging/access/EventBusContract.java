package dev.bastion.adapters.messaging.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.bastion.application.access.AccessCacheInvalidation;
import dev.bastion.application.shared.events.CommittedEvent;
import dev.bastion.application.shared.events.DomainEventListener;
import dev.bastion.application.shared.events.EventBus;
import dev.bastion.application.shared.events.EventListeners;
import dev.bastion.domain.access.RoleChanged;
import dev.bastion.domain.access.RoleCreated;
import dev.bastion.domain.access.RoleId;
import dev.bastion.domain.access.UserAccess;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.shared.DomainEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** What every {@link EventBus} does for the instance that publishes, with the access cache as its listener. */
abstract class EventBusContract {

    /** One application instance: its access cache, what its listeners heard, and its bus. */
    protected record Instance(LocalAccessCache cache, List<DomainEvent> heard, EventBus bus) {
    }

    /** A fresh instance whose cache is caching (subscribed, where there is something to subscribe to). */
    protected abstract Instance newInstance();

    protected static LocalAccessCache newCache(boolean cachingFromStart) {
        return new LocalAccessCache(Duration.ofMinutes(1), Ticker.systemTicker(), cachingFromStart);
    }

    /** The listeners of an instance: its access cache's invalidation and a recorder. */
    protected static EventListeners listenersOf(LocalAccessCache cache, List<DomainEvent> heard) {
        DomainEventListener recorder = heard::add;
        return new EventListeners(List.of(new AccessCacheInvalidation(cache), recorder));
    }

    protected static List<DomainEvent> heardList() {
        return new CopyOnWriteArrayList<>();
    }

    protected static CommittedEvent committed(DomainEvent event) {
        return new CommittedEvent(UUID.randomUUID(), event, Instant.now());
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
    void anEventThatChangesAccessDropsThisInstancesCachedAccessBeforePublishReturns() {
        Instance instance = newInstance();
        instance.cache().get(jane, counting());
        instance.cache().get(jane, counting());
        assertThat(loads).hasValue(1);

        instance.bus().publish(List.of(committed(new RoleChanged(RoleId.newId()))));

        instance.cache().get(jane, counting());
        assertThat(loads).hasValue(2);
    }

    @Test
    void anEventThatChangesNoAccessKeepsTheCacheAndIsStillHeard() {
        Instance instance = newInstance();
        instance.cache().get(jane, counting());
        RoleCreated created = new RoleCreated(RoleId.newId());

        instance.bus().publish(List.of(committed(created)));

        instance.cache().get(jane, counting());
        assertThat(loads).hasValue(1);
        assertThat(instance.heard()).containsExactly(created);
    }

    @Test
    void aSecondDeliveryOfTheSameEventChangesNothing() {
        Instance instance = newInstance();
        CommittedEvent changed = committed(new RoleChanged(RoleId.newId()));
        instance.bus().publish(List.of(changed));
        instance.cache().get(jane, counting());

        instance.bus().publish(List.of(changed));

        instance.cache().get(jane, counting());
        assertThat(loads).as("the cache was not dropped again").hasValue(1);
        assertThat(instance.heard()).containsExactly(changed.event());
    }

    @Test
    void eventsAreHeardInTheOrderPublished() {
        Instance instance = newInstance();
        List<CommittedEvent> events = List.of(committed(new RoleCreated(RoleId.newId())),
                committed(new RoleChanged(RoleId.newId())), committed(new RoleCreated(RoleId.newId())));

        instance.bus().publish(events);

        assertThat(instance.heard()).containsExactlyElementsOf(events.stream().map(CommittedEvent::event).toList());
    }

    @Test
    void aLoadThatRacedTheEventIsNotServedAfterwards() {
        Instance instance = newInstance();

        instance.cache().get(jane, user -> {
            // committed and published while this load read
            instance.bus().publish(List.of(committed(new RoleChanged(RoleId.newId()))));
            return UserAccess.none(user);
        });

        instance.cache().get(jane, counting());
        assertThat(loads).hasValue(1);
    }
}
