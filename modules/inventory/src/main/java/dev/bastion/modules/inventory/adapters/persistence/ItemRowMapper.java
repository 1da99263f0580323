package dev.bastion.modules.inventory.adapters.persistence;

import dev.bastion.adapters.persistence.shared.PersistenceMapperConfig;
import dev.bastion.modules.inventory.domain.ItemDetails;
import dev.bastion.modules.inventory.domain.ItemId;
import dev.bastion.modules.inventory.domain.ItemSnapshot;
import dev.bastion.modules.inventory.domain.Sku;
import dev.bastion.modules.inventory.domain.WarehouseId;
import java.util.UUID;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(config = PersistenceMapperConfig.class)
interface ItemRowMapper {

    @Mapping(target = "sku", source = "details.sku")
    @Mapping(target = "name", source = "details.name")
    @Mapping(target = "unit", source = "details.unit")
    @Mapping(target = "reorderLevel", source = "details.reorderLevel")
    ItemRow toRow(ItemSnapshot snapshot);

    @Mapping(target = "details", source = ".")
    ItemSnapshot toSnapshot(ItemRow row);

    default ItemDetails details(ItemRow row) {
        return new ItemDetails(new Sku(row.sku()), row.name(), row.unit(), row.reorderLevel());
    }

    default UUID id(ItemId id) {
        return id == null ? null : id.value();
    }

    default ItemId itemId(UUID id) {
        return id == null ? null : new ItemId(id);
    }

    default UUID id(WarehouseId id) {
        return id == null ? null : id.value();
    }

    default WarehouseId warehouseId(UUID id) {
        return id == null ? null : new WarehouseId(id);
    }

    default String sku(Sku sku) {
        return sku == null ? null : sku.value();
    }
}
