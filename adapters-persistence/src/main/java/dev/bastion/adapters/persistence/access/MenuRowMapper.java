package dev.bastion.adapters.persistence.access;

import dev.bastion.adapters.persistence.shared.PersistenceMapperConfig;
import dev.bastion.domain.access.MenuDetails;
import dev.bastion.domain.access.MenuId;
import dev.bastion.domain.access.MenuSnapshot;
import dev.bastion.domain.access.MenuStatus;
import dev.bastion.domain.access.MenuType;
import dev.bastion.domain.access.PermissionCode;
import java.util.UUID;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(config = PersistenceMapperConfig.class)
interface MenuRowMapper {

    @Mapping(target = "name", source = "details.name")
    @Mapping(target = "type", source = "details.type")
    @Mapping(target = "path", source = "details.path")
    @Mapping(target = "component", source = "details.component")
    @Mapping(target = "permission", source = "details.permission")
    @Mapping(target = "icon", source = "details.icon")
    @Mapping(target = "sort", source = "details.sort")
    @Mapping(target = "visible", source = "details.visible")
    @Mapping(target = "status", source = "details.status")
    MenuRow toRow(MenuSnapshot snapshot);

    @Mapping(target = "details", source = ".")
    MenuSnapshot toSnapshot(MenuRow row);

    default MenuDetails details(MenuRow row) {
        return new MenuDetails(row.name(), MenuType.valueOf(row.type()), row.path(), row.component(),
                row.permission() == null ? null : new PermissionCode(row.permission()), row.icon(), row.sort(),
                row.visible(), MenuStatus.valueOf(row.status()));
    }

    default UUID id(MenuId id) {
        return id == null ? null : id.value();
    }

    default MenuId id(UUID id) {
        return id == null ? null : new MenuId(id);
    }

    default String permission(PermissionCode code) {
        return code == null ? null : code.value();
    }
}
