package dev.bastion.adapters.rest.access;

import dev.bastion.adapters.rest.security.Caller;
import io.micronaut.security.authentication.Authentication;
import dev.bastion.adapters.rest.security.RequiresPermission;
import dev.bastion.adapters.rest.shared.PageResponse;
import dev.bastion.application.access.CreateRole;
import dev.bastion.application.access.DeleteRole;
import dev.bastion.application.access.GetRole;
import dev.bastion.application.access.ListRoles;
import dev.bastion.application.access.UpdateRole;
import dev.bastion.application.access.RoleView;
import dev.bastion.domain.access.RoleCode;
import dev.bastion.domain.access.RoleId;
import dev.bastion.domain.access.RoleQuery;
import dev.bastion.domain.access.RoleStatus;
import dev.bastion.domain.shared.InvalidValueException;
import dev.bastion.domain.shared.PageRequest;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;

/** Roles: what they grant (menu entries, so permissions) and which records (data scope) (docs/api.md, "roles"). */
@Controller("/api/v1/roles")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Roles")
class RoleController {

    private final ListRoles listRoles;
    private final GetRole getRole;
    private final CreateRole createRole;
    private final UpdateRole updateRole;
    private final DeleteRole deleteRole;
    private final RoleDtoMapper mapper;

    RoleController(ListRoles listRoles, GetRole getRole, CreateRole createRole, UpdateRole updateRole,
                   DeleteRole deleteRole, RoleDtoMapper mapper) {
        this.listRoles = listRoles;
        this.getRole = getRole;
        this.createRole = createRole;
        this.updateRole = updateRole;
        this.deleteRole = deleteRole;
        this.mapper = mapper;
    }

    @Get
    @RequiresPermission("system:role:list")
    @Operation(operationId = "listRoles",
            summary = "Roles, paged, by sort then code; filters code (prefix), status",
            security = @SecurityRequirement(name = "bearerAuth"))
    PageResponse<RoleResponse> list(@Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size,
                                    @Nullable @QueryValue @Size(max = 64) String code,
                                    @Nullable @QueryValue @Schema(allowableValues = {"ENABLED", "DISABLED"}) String status) {
        RoleQuery query = new RoleQuery(code, status == null ? null : parseStatus(status));
        PageRequest request = new PageRequest(page == null ? 1 : page, size == null ? PageRequest.DEFAULT_SIZE : size);
        return PageResponse.of(listRoles.list(query, request), mapper::toResponse);
    }

    @Get("/{id}")
    @RequiresPermission("system:role:read")
    @Operation(operationId = "getRole", summary = "One role",
            security = @SecurityRequirement(name = "bearerAuth"))
    RoleResponse read(@PathVariable String id) {
        return mapper.toResponse(getRole.get(RoleId.parse("id", id)));
    }

    @Post
    @Status(HttpStatus.CREATED)
    @RequiresPermission("system:role:create")
    @Operation(operationId = "createRole", summary = "Create a role",
            security = @SecurityRequirement(name = "bearerAuth"))
    HttpResponse<RoleResponse> create(@Valid @Body CreateRoleRequest body, Authentication authentication) {
        RoleView created = createRole.create(Caller.of(authentication).userId(), new CreateRole.Command(new RoleCode(body.code()), mapper.details(body)));
        return HttpResponse.created(mapper.toResponse(created), URI.create("/api/v1/roles/" + created.id()));
    }

    @Put("/{id}")
    @RequiresPermission("system:role:update")
    @Operation(operationId = "updateRole",
            summary = "Update a role read at version; fields left out keep their value; holders are served the "
            + "change from their next request",
            security = @SecurityRequirement(name = "bearerAuth"))
    RoleResponse update(@PathVariable String id, @Valid @Body UpdateRoleRequest body,
                        Authentication authentication) {
        return mapper.toResponse(updateRole.update(Caller.of(authentication).userId(),
                mapper.command(RoleId.parse("id", id), body)));
    }

    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    @RequiresPermission("system:role:delete")
    @Operation(operationId = "deleteRole",
            summary = "Delete a role nobody holds; never super_admin",
            security = @SecurityRequirement(name = "bearerAuth"))
    void delete(@PathVariable String id, Authentication authentication) {
        deleteRole.delete(Caller.of(authentication).userId(), RoleId.parse("id", id));
    }

    private static RoleStatus parseStatus(String text) {
        try {
            return RoleStatus.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("status", "must be ENABLED or DISABLED");
        }
    }
}
