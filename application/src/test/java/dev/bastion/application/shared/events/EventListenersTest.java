package dev.bastion.application.shared.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.domain.access.RoleChanged;
import dev.bastion.domain.access.RoleId;
import dev.bastion.domain.shared.DomainEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventListenersTest {

    private final List<DomainEvent> first = new ArrayList<>();
    private final List<DomainEvent> second = new ArrayList<>();
    private final EventListeners listeners = new EventListeners(List.of(first::add, second::add));

    private static CommittedEvent event() {
        return new CommittedEvent(UUID.randomUUID(), new RoleChanged(RoleId.newId()), Instant.now());
    }

    @Test
    void every_listener_hears_each_event_and_a_second_delivery_of_the_same_id_changes_nothing() {
        CommittedEvent event = event();

        assertThat(listeners.deliver(event)).isTrue();
        assertThat(listeners.deliver(event)).isFalse();

        assertThat(first).containsExactly(event.event());
        assertThat(second).containsExactly(event.event());
    }

    @Test
    void the_ids_remembered_are_bounded() {
        CommittedEvent oldest = event();
        listeners.deliver(oldest);
        for (int i = 0; i < EventListeners.REMEMBERED; i++) {
            listeners.deliver(event());
        }

        assertThat(listeners.deliver(oldest)).as("forgotten long ago, heard again").isTrue();
    }
}
