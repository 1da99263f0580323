package dev.bastion.modules.inventory.adapters.rest;

import dev.bastion.adapters.rest.json.SentFields;
import dev.bastion.adapters.rest.shared.IdMappings;
import dev.bastion.adapters.rest.shared.RestMapperConfig;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.modules.inventory.application.CreateWarehouse;
import dev.bastion.modules.inventory.application.UpdateWarehouse;
import dev.bastion.modules.inventory.application.WarehouseView;
import dev.bastion.modules.inventory.domain.WarehouseCode;
import dev.bastion.modules.inventory.domain.WarehouseDetails;
import dev.bastion.modules.inventory.domain.WarehouseId;
import java.util.Objects;
import org.mapstruct.Mapper;

/** Warehouse views to DTOs (generated), and request bodies to commands; the domain validates what the DTO cannot. */
@Mapper(config = RestMapperConfig.class, uses = {IdMappings.class, InventoryIdMappings.class})
interface WarehouseDtoMapper {

    WarehouseResponse toResponse(WarehouseView warehouse);

    default CreateWarehouse.Command command(CreateWarehouseRequest body) {
        return new CreateWarehouse.Command(DeptId.parse("deptId", body.deptId()),
                new WarehouseDetails(new WarehouseCode(body.code()), body.name(), body.address(),
                        WarehouseValues.status("status", body.status())));
    }

    /** The patch {@code body} asks for: fields it left out are absent, {@code ""} address counts as {@code null}. */
    default UpdateWarehouse.Command command(WarehouseId id, UpdateWarehouseRequest body) {
        SentFields sent = Objects.requireNonNull(body.sentFields(), "sentFields (set by the body reader)");
        return new UpdateWarehouse.Command(id, body.version(),
                sent.patch("code", body.code() == null ? null : new WarehouseCode(body.code())),
                sent.patch("name", body.name()), sent.patch("address", body.address()),
                sent.patch("status", WarehouseValues.status("status", body.status())),
                sent.patch("deptId", body.deptId() == null ? null : DeptId.parse("deptId", body.deptId())));
    }
}
