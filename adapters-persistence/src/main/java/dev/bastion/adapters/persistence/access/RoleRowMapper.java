package dev.bastion.adapters.persistence.access;

import dev.bastion.adapters.persistence.shared.PersistenceMapperConfig;
import dev.bastion.domain.access.DataScope;
import dev.bastion.domain.access.MenuId;
import dev.bastion.domain.access.RoleCode;
import dev.bastion.domain.access.RoleDetails;
import dev.bastion.domain.access.RoleId;
import dev.bastion.domain.access.RoleSnapshot;
import dev.bastion.domain.access.RoleStatus;
import dev.bastion.domain.organization.DeptId;
import java.util.Set;
import java.util.UUID;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** A role's row and its link rows to the snapshot and back; links are stored apart from the row. */
@Mapper(config = PersistenceMapperConfig.class)
interface RoleRowMapper {

    @Mapping(target = "name", source = "details.name")
    @Mapping(target = "sort", source = "details.sort")
    @Mapping(target = "status", source = "details.status")
    @Mapping(target = "dataScope", source = "details.dataScope")
    RoleRow toRow(RoleSnapshot snapshot);

    default RoleSnapshot toSnapshot(RoleRow row, Set<DeptId> deptIds, Set<MenuId> menuIds) {
        return new RoleSnapshot(new RoleId(row.id()), new RoleCode(row.code()),
                new RoleDetails(row.name(), row.sort(), RoleStatus.valueOf(row.status()),
                        DataScope.valueOf(row.dataScope()), deptIds, menuIds),
                row.version(), row.createdAt(), row.updatedAt(), row.deletedAt());
    }

    default UUID id(RoleId id) {
        return id.value();
    }

    default String code(RoleCode code) {
        return code.value();
    }
}
