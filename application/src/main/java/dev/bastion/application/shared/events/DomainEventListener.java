package dev.bastion.application.shared.events;

import dev.bastion.domain.shared.DomainEvent;

/**
 * Hears every committed {@link DomainEvent}, on every instance, after the change committed: the
 * way a cache (or anything else derived from stored state) follows the change. Each event id is
 * heard at most once per instance; an event committed while an instance was away is heard when
 * it is back, as long as it was kept. {@link #on} runs on a messaging thread and should be quick.
 * Register one by making it a bean (the wiring in {@code bootstrap}).
 */
@FunctionalInterface
public interface DomainEventListener {

    void on(DomainEvent event);
}
