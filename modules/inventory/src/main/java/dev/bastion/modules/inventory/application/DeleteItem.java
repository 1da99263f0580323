package dev.bastion.modules.inventory.application;

import dev.bastion.domain.identity.UserId;
import dev.bastion.modules.inventory.domain.ItemId;

/** Deletes an item whose warehouse lies within the actor's data scope (its SKU is free again). */
public interface DeleteItem {

    void delete(UserId actor, ItemId id);
}
