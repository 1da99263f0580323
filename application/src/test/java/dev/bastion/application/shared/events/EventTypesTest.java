package dev.bastion.application.shared.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.application.modules.ModuleEvent;
import dev.bastion.domain.identity.UserDisabled;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.shared.DomainEvent;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventTypesTest {

    @Test
    void every_listed_event_is_rebuilt_from_its_name_and_subject() {
        for (Class<? extends DomainEvent> type : EventTypes.all()) {
            UUID subject = UUID.randomUUID();
            String name = EventTypes.nameOfType(type).orElseThrow();
            DomainEvent rebuilt = EventTypes.rebuild(name, subject).orElseThrow();
            assertThat(rebuilt).isInstanceOf(type);
            assertThat(rebuilt.subject()).isEqualTo(subject);
            assertThat(EventTypes.nameOf(rebuilt)).isEqualTo(name);
        }
    }

    @Test
    void an_unknown_name_is_never_turned_into_a_class() {
        assertThat(EventTypes.rebuild("java.lang.Runtime", UUID.randomUUID())).isEmpty();
        assertThat(EventTypes.rebuild("UserDisabled ", UUID.randomUUID())).isEmpty();
        assertThat(EventTypes.rebuild(UserDisabled.class.getName(), UUID.randomUUID())).isEmpty();
    }

    @Test
    void an_event_type_not_listed_cannot_be_stored() {
        DomainEvent unlisted = new DomainEvent() {
            @Override
            public UUID subject() {
                return UserId.newId().value();
            }
        };
        assertThatThrownBy(() -> EventTypes.nameOf(unlisted)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("EventTypes");
    }

    /** A business module's event, named after its module. */
    record ShelfCounted(UUID subject) implements DomainEvent {
    }

    /** Another module's event of the same simple name. */
    static final class Other {
        record ShelfCounted(UUID subject) implements DomainEvent {
        }
    }

    @Test
    void a_module_event_is_listed_under_its_module_name_and_registering_it_again_changes_nothing() {
        EventTypes.register("stockroom", ModuleEvent.of(ShelfCounted.class, ShelfCounted::new));
        EventTypes.register("stockroom", ModuleEvent.of(ShelfCounted.class, ShelfCounted::new));
        EventTypes.register("counting", ModuleEvent.of(Other.ShelfCounted.class, Other.ShelfCounted::new));

        UUID subject = UUID.randomUUID();
        assertThat(EventTypes.nameOf(new ShelfCounted(subject))).isEqualTo("stockroom.ShelfCounted");
        assertThat(EventTypes.rebuild("stockroom.ShelfCounted", subject)).contains(new ShelfCounted(subject));
        assertThat(EventTypes.rebuild("counting.ShelfCounted", subject)).contains(new Other.ShelfCounted(subject));
        assertThat(EventTypes.rebuild("ShelfCounted", subject)).isEmpty();
        assertThat(EventTypes.all()).contains(ShelfCounted.class, Other.ShelfCounted.class);
        assertThat(EventTypes.core()).doesNotContain(ShelfCounted.class, Other.ShelfCounted.class)
                .contains(UserDisabled.class);
    }

    @Test
    void a_module_cannot_take_a_name_in_use_nor_list_a_type_twice_under_two_names() {
        EventTypes.register("stockroom", ModuleEvent.of(ShelfCounted.class, ShelfCounted::new));
        record Impostor(UUID subject) implements DomainEvent {
        }
        assertThatThrownBy(() -> EventTypes.register("stockroom", ModuleEvent.of(Other.ShelfCounted.class,
                Other.ShelfCounted::new))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> EventTypes.register("elsewhere", ModuleEvent.of(ShelfCounted.class,
                ShelfCounted::new))).isInstanceOf(IllegalStateException.class).hasMessageContaining("already listed");
        assertThatThrownBy(() -> EventTypes.register("Bad;Name", ModuleEvent.of(Impostor.class, Impostor::new)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
