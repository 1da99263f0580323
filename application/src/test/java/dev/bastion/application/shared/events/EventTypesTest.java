package dev.bastion.application.shared.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
            String name = type.getSimpleName();
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
}
