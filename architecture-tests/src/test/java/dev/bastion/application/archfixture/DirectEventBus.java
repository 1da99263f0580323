package dev.bastion.application.archfixture;

import dev.bastion.application.shared.events.CommittedEvent;
import dev.bastion.application.shared.events.EventBus;
import java.util.List;

/** WRONG ON PURPOSE: the EventBus port implemented inside application. */
public final class DirectEventBus implements EventBus {

    @Override
    public void publish(List<CommittedEvent> events) {
    }
}
