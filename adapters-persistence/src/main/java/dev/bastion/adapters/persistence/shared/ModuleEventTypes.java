package dev.bastion.adapters.persistence.shared;

import dev.bastion.application.modules.BastionModule;
import dev.bastion.application.shared.events.EventTypes;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Lists the enabled business modules' event types ({@link EventTypes#register}) once, before the
 * outbox stores or relays any event: the outbox asks for this bean. A module switched off lists
 * none, so its events still in the outbox wait (unpublished, with a warning) until it is on again.
 */
@Singleton
public final class ModuleEventTypes {

    ModuleEventTypes(List<BastionModule> modules) {
        for (BastionModule module : modules) {
            module.events().forEach(type -> EventTypes.register(module.name(), type));
        }
    }
}
