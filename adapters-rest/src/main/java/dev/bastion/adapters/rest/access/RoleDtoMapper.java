package dev.bastion.adapters.rest.access;

import dev.bastion.adapters.rest.json.SentFields;
import dev.bastion.application.access.UpdateRole;
import dev.bastion.domain.access.DataScope;
import dev.bastion.domain.access.RoleCode;
import dev.bastion.domain.access.RoleId;
import dev.bastion.domain.access.MenuId;
import dev.bastion.domain.access.Role;
import dev.bastion.domain.access.RoleDetails;
import dev.bastion.domain.access.RoleStatus;
import dev.bastion.domain.organization.DeptId;
import jakarta.inject.Singleton;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
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

    /** The patch {@code body} asks for: fields it left out are absent. */
    UpdateRole.Command command(RoleId id, UpdateRoleRequest body) {
        SentFields sent = Objects.requireNonNull(body.sentFields(), "sentFields (set by the body reader)");
        return new UpdateRole.Command(id, body.version(),
                sent.patch("code", body.code() == null ? null : new RoleCode(body.code())),
                sent.patch("name", body.name()), sent.patch("sort", body.sort()),
                sent.patch("status", body.status() == null ? null : RoleStatus.valueOf(body.status())),
                sent.patch("dataScope", body.dataScope() == null ? null : DataScope.valueOf(body.dataScope())),
                sent.patch("deptIds", body.deptIds() == null ? null : ids("deptIds", body.deptIds(), DeptId::parse)),
                sent.patch("menuIds", body.menuIds() == null ? null : ids("menuIds", body.menuIds(), MenuId::parse)));
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
