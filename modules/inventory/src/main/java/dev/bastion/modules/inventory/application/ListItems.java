package dev.bastion.modules.inventory.application;

import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import dev.bastion.modules.inventory.domain.ItemQuery;

/** The items matching the filters whose warehouse lies within the actor's data scope, by SKU. */
public interface ListItems {

    Page<ItemView> list(UserId actor, ItemQuery query, PageRequest page);
}
