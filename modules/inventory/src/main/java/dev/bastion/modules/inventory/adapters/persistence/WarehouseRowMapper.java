package dev.bastion.modules.inventory.adapters.persistence;

import dev.bastion.adapters.persistence.shared.PersistenceMapperConfig;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.modules.inventory.domain.WarehouseCode;
import dev.bastion.modules.inventory.domain.WarehouseDetails;
import dev.bastion.modules.inventory.domain.WarehouseId;
import dev.bastion.modules.inventory.domain.WarehouseSnapshot;
import dev.bastion.modules.inventory.domain.WarehouseStatus;
import java.util.UUID;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(config = PersistenceMapperConfig.class)
interface WarehouseRowMapper {

    @Mapping(target = "code", source = "details.code")
    @Mapping(target = "name", source = "details.name")
    @Mapping(target = "address", source = "details.address")
    @Mapping(target = "status", source = "details.status")
    WarehouseRow toRow(WarehouseSnapshot snapshot);

    @Mapping(target = "details", source = ".")
    WarehouseSnapshot toSnapshot(WarehouseRow row);

    default WarehouseDetails details(WarehouseRow row) {
        return new WarehouseDetails(new WarehouseCode(row.code()), row.name(), row.address(),
                WarehouseStatus.valueOf(row.status()));
    }

    default UUID id(WarehouseId id) {
        return id == null ? null : id.value();
    }

    default WarehouseId warehouseId(UUID id) {
        return id == null ? null : new WarehouseId(id);
    }

    default UUID id(DeptId id) {
        return id == null ? null : id.value();
    }

    default DeptId deptId(UUID id) {
        return id == null ? null : new DeptId(id);
    }

    default String code(WarehouseCode code) {
        return code == null ? null : code.value();
    }
}
