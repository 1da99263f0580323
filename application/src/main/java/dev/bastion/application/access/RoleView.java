package dev.bastion.application.access;

import dev.bastion.domain.access.DataScope;
import dev.bastion.domain.access.MenuId;
import dev.bastion.domain.access.Role;
import dev.bastion.domain.access.RoleDetails;
import dev.bastion.domain.access.RoleId;
import dev.bastion.domain.access.RoleStatus;
import dev.bastion.domain.organization.DeptId;
import java.time.Instant;
import java.util.Set;

/** A role as read: a read model, so that no adapter needs the {@code Role} aggregate. */
public record RoleView(RoleId id, String code, String name, int sort, RoleStatus status, DataScope dataScope,
                       Set<DeptId> deptIds, Set<MenuId> menuIds, long version, Instant createdAt, Instant updatedAt) {

    public RoleView {
        deptIds = Set.copyOf(deptIds);
        menuIds = Set.copyOf(menuIds);
    }

    public static RoleView of(Role role) {
        RoleDetails d = role.details();
        return new RoleView(role.id(), role.code().value(), d.name(), d.sort(), d.status(), d.dataScope(),
                d.deptIds(), d.menuIds(), role.version(), role.createdAt(), role.updatedAt());
    }
}
