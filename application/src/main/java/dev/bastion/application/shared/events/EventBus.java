package dev.bastion.application.shared.events;

import java.util.List;

/**
 * Delivers committed events to the {@link DomainEventListener}s of every instance: in process
 * when there is only this one, through a Redis Stream when there are several. The messaging
 * adapter implements it.
 */
public interface EventBus {

    /**
     * Delivers {@code events} (oldest first). Returns when every instance has heard them (or, for
     * one slow to answer, after a short bounded wait: it hears them a moment later). Throws
     * {@code UnavailableException} when they could not be handed over; they stay unpublished then.
     */
    void publish(List<CommittedEvent> events);
}
