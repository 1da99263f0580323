package dev.bastion.modules.inventory.application;

import dev.bastion.domain.identity.UserId;
import dev.bastion.modules.inventory.domain.ItemId;

/** One item; {@code NOT_FOUND} when it does not exist or its warehouse is outside the actor's data scope. */
public interface GetItem {

    ItemView get(UserId actor, ItemId id);
}
