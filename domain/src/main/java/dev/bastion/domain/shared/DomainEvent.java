package dev.bastion.domain.shared;

import java.util.UUID;

/**
 * Something that happened to an aggregate, named in the past tense ({@code RoleChanged},
 * {@code UserDisabled}). Aggregates record their events as they change; the persistence adapter
 * stores them in the same transaction as the change, and every instance hears them after it has
 * committed. Events are thin: they say what happened to which aggregate ({@link #subject()}); a
 * listener that needs more reads the current state.
 */
public interface DomainEvent {

    /** The id of the aggregate the event happened to. */
    UUID subject();
}
