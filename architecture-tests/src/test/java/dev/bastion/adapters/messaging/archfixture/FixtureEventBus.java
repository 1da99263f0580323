package dev.bastion.adapters.messaging.archfixture;

import dev.bastion.application.shared.events.CommittedEvent;
import dev.bastion.application.shared.events.EventBus;
import java.util.List;

/** Compliant: messaging implements the EventBus port. */
public final class FixtureEventBus implements EventBus {

    @Override
    public void publish(List<CommittedEvent> events) {
    }
}
