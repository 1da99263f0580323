package dev.bastion.modules.inventory.application;

import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import dev.bastion.modules.inventory.domain.WarehouseQuery;

/** The warehouses matching the filters within the actor's data scope, by code. */
public interface ListWarehouses {

    Page<WarehouseView> list(UserId actor, WarehouseQuery query, PageRequest page);
}
