package dev.bastion.adapters.rest.shared;

import dev.bastion.domain.access.MenuId;
import dev.bastion.domain.access.RoleId;
import dev.bastion.domain.identity.SessionId;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.organization.DeptId;
import jakarta.inject.Singleton;
import java.util.UUID;

/** Ids leave the API as their canonical UUID text. Used by the DTO mappers. */
@Singleton
public final class IdMappings {

    public String userId(UserId id) {
        return id == null ? null : id.toString();
    }

    public String sessionId(SessionId id) {
        return id == null ? null : id.toString();
    }

    public String deptId(DeptId id) {
        return id == null ? null : id.toString();
    }

    public String menuId(MenuId id) {
        return id == null ? null : id.toString();
    }

    public String roleId(RoleId id) {
        return id == null ? null : id.toString();
    }

    public String uuid(UUID id) {
        return id == null ? null : id.toString();
    }
}
