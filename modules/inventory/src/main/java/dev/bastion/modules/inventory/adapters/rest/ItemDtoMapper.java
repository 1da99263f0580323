package dev.bastion.modules.inventory.adapters.rest;

import dev.bastion.adapters.rest.json.SentFields;
import dev.bastion.adapters.rest.shared.RestMapperConfig;
import dev.bastion.modules.inventory.application.CreateItem;
import dev.bastion.modules.inventory.application.ItemView;
import dev.bastion.modules.inventory.application.StockMovement;
import dev.bastion.modules.inventory.application.UpdateItem;
import dev.bastion.modules.inventory.domain.ItemDetails;
import dev.bastion.modules.inventory.domain.ItemId;
import dev.bastion.modules.inventory.domain.Sku;
import dev.bastion.modules.inventory.domain.WarehouseId;
import java.util.Objects;
import org.mapstruct.Mapper;

/** Item views to DTOs (generated), and request bodies to commands; the domain validates what the DTO cannot. */
@Mapper(config = RestMapperConfig.class, uses = InventoryIdMappings.class)
interface ItemDtoMapper {

    ItemResponse toResponse(ItemView item);

    default CreateItem.Command command(CreateItemRequest body) {
        return new CreateItem.Command(WarehouseId.parse("warehouseId", body.warehouseId()),
                new ItemDetails(new Sku(body.sku()), body.name(), body.unit(),
                        body.reorderLevel() == null ? 0 : body.reorderLevel()));
    }

    /** The patch {@code body} asks for: fields it left out are absent. */
    default UpdateItem.Command command(ItemId id, UpdateItemRequest body) {
        SentFields sent = Objects.requireNonNull(body.sentFields(), "sentFields (set by the body reader)");
        return new UpdateItem.Command(id, body.version(),
                sent.patch("sku", body.sku() == null ? null : new Sku(body.sku())), sent.patch("name", body.name()),
                sent.patch("unit", body.unit()), sent.patch("reorderLevel", body.reorderLevel()));
    }

    default StockMovement movement(ItemId id, StockMovementRequest body) {
        return new StockMovement(id, body.version(), body.quantity());
    }
}
