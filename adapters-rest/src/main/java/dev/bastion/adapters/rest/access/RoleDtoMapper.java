package dev.bastion.adapters.rest.access;

import dev.bastion.adapters.rest.json.SentFields;
import dev.bastion.adapters.rest.shared.IdMappings;
import dev.bastion.adapters.rest.shared.RestMapperConfig;
import dev.bastion.application.access.RoleView;
import dev.bastion.application.access.UpdateRole;
import dev.bastion.domain.access.DataScope;
import dev.bastion.domain.access.MenuId;
import dev.bastion.domain.access.RoleCode;
import dev.bastion.domain.access.RoleDetails;
import dev.bastion.domain.access.RoleId;
import dev.bastion.domain.access.RoleStatus;
import dev.bastion.domain.organization.DeptId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.mapstruct.Mapper;

/** Role read models to DTOs (generated), and request bodies to commands; the domain names what it refuses. */
@Mapper(config = RestMapperConfig.class, uses = IdMappings.class)
interface RoleDtoMapper {

    String DATA_SCOPES = "ALL|CUSTOM|DEPT|DEPT_AND_CHILDREN|SELF";
    /** The shape of {@code RoleCode}, checked with the other fields so one answer names them all. */
    String CODE = "[a-z][a-z0-9_]{1,63}";
    String CODE_RULE = "must be 2 to 64 lower-case letters, digits or '_', starting with a letter";

    RoleResponse toResponse(RoleView role);

    /** A role's departments as the API lists them: sorted. */
    default List<String> sortedDeptIds(Set<DeptId> ids) {
        return ids.stream().map(DeptId::toString).sorted().toList();
    }

    /** A role's menu entries as the API lists them: sorted. */
    default List<String> sortedMenuIds(Set<MenuId> ids) {
        return ids.stream().map(MenuId::toString).sorted().toList();
    }

    default RoleDetails details(CreateRoleRequest body) {
        return new RoleDetails(body.name(), body.sort() == null ? 0 : body.sort(),
                body.status() == null ? RoleStatus.ENABLED : RoleStatus.valueOf(body.status()),
                body.dataScope() == null ? DataScope.SELF : DataScope.valueOf(body.dataScope()),
                ids("deptIds", body.deptIds(), DeptId::parse), ids("menuIds", body.menuIds(), MenuId::parse));
    }

    /** The patch {@code body} asks for: fields it left out are absent. */
    default UpdateRole.Command command(RoleId id, UpdateRoleRequest body) {
        SentFields sent = Objects.requireNonNull(body.sentFields(), "sentFields (set by the body reader)");
        return new UpdateRole.Command(id, body.version(),
                sent.patch("code", body.code() == null ? null : new RoleCode(body.code())),
                sent.patch("name", body.name()), sent.patch("sort", body.sort()),
                sent.patch("status", body.status() == null ? null : RoleStatus.valueOf(body.status())),
                sent.patch("dataScope", body.dataScope() == null ? null : DataScope.valueOf(body.dataScope())),
                sent.patch("deptIds", body.deptIds() == null ? null : ids("deptIds", body.deptIds(), DeptId::parse)),
                sent.patch("menuIds", body.menuIds() == null ? null : ids("menuIds", body.menuIds(), MenuId::parse)));
    }

    private static <T> Set<T> ids(String field, List<String> texts, IdParser<T> parse) {
        Set<T> ids = new LinkedHashSet<>();
        for (String text : texts == null ? List.<String>of() : texts) {
            ids.add(parse.parse(field, text));
        }
        return ids;
    }

    /** The {@code parse(field, text)} every id type offers. */
    @FunctionalInterface
    interface IdParser<T> {
        T parse(String field, String text);
    }
}
