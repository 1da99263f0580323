package dev.bastion.adapters.rest.access;

import dev.bastion.domain.access.DataScope;
import dev.bastion.domain.access.MenuId;
import dev.bastion.domain.access.Role;
import dev.bastion.domain.access.RoleDetails;
import dev.bastion.domain.access.RoleStatus;
import dev.bastion.domain.organization.DeptId;
import jakarta.inject.Singleton;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Role DTOs to domain values and back; the domain names what it refuses. */
@Singleton
final class RoleDtoMapper {

    static final String DATA_SCOPES = "ALL|CUSTOM|DEPT|DEPT_AND_CHILDREN|SELF";
    /** The shape of {@code RoleCode}, checked with the other fields so one answer names them all. */
    static final String CODE = "[a-z][a-z0-9_]{1,63}";
    static final String CODE_RULE = "must be 2 to 64 lower-case letters, digits or '_', starting with a letter";

    RoleDetails details(CreateRoleRequest body) {
        return new RoleDetails(body.name(), body.sort() == null ? 0 : body.sort(),
                body.status() == null ? RoleStatus.ENABLED : RoleStatus.valueOf(body.status()),
                body.dataScope() == null ? DataScope.SELF : DataScope.valueOf(body.dataScope()),
                ids("deptIds", body.deptIds(), DeptId::parse), ids("menuIds", body.menuIds(), MenuId::parse));
    }

    /**
     * The role's details with what {@code body} sends; a field left out (null) keeps its value, but
     * departments left out are dropped when the scope stops being CUSTOM.
     */
    RoleDetails details(UpdateRoleRequest body, RoleDetails current) {
        DataScope scope = body.dataScope() == null ? current.dataScope() : DataScope.valueOf(body.dataScope());
        Set<DeptId> keptDepts = scope == DataScope.CUSTOM ? current.deptIds() : Set.of();
        return new RoleDetails(
                body.name() == null ? current.name() : body.name(),
                body.sort() == null ? current.sort() : body.sort(),
                body.status() == null ? current.status() : RoleStatus.valueOf(body.status()),
                scope,
                body.deptIds() == null ? keptDepts : ids("deptIds", body.deptIds(), DeptId::parse),
                body.menuIds() == null ? current.menuIds() : ids("menuIds", body.menuIds(), MenuId::parse));
    }

    RoleResponse toResponse(Role role) {
        RoleDetails d = role.details();
        return new RoleResponse(role.id().toString(), role.code().value(), d.name(), d.sort(), d.status(),
                d.dataScope(), sorted(d.deptIds()), sorted(d.menuIds()), role.version(), role.createdAt(),
                role.updatedAt());
    }

    private static <T> Set<T> ids(String field, List<String> texts, IdParser<T> parse) {
        Set<T> ids = new LinkedHashSet<>();
        for (String text : texts == null ? List.<String>of() : texts) {
            ids.add(parse.parse(field, text));
        }
        return ids;
    }

    private static List<String> sorted(Set<?> ids) {
        return ids.stream().map(Object::toString).sorted().toList();
    }

    /** The {@code parse(field, text)} every id type offers. */
    @FunctionalInterface
    private interface IdParser<T> {
        T parse(String field, String text);
    }
}
