package dev.bastion.adapters.rest.identity.administration;

import dev.bastion.adapters.rest.security.Caller;
import io.micronaut.security.authentication.Authentication;
import dev.bastion.adapters.rest.security.RequiresPermission;
import dev.bastion.adapters.rest.shared.PageResponse;
import dev.bastion.application.identity.administration.CreateUser;
import dev.bastion.application.identity.administration.DeleteUser;
import dev.bastion.application.identity.administration.GetUser;
import dev.bastion.application.identity.administration.ListUsers;
import dev.bastion.application.identity.administration.UpdateUser;
import dev.bastion.application.identity.administration.UserView;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.UserQuery;
import dev.bastion.domain.identity.UserSort;
import dev.bastion.domain.identity.UserStatus;
import dev.bastion.domain.identity.Username;
import dev.bastion.domain.organization.DeptId;
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

/**
 * Users (docs/api.md, "users"): list, read, create, update (also assigns roles), delete; each within
 * the caller's data scope (outside it a user is 404, a department in a body 400).
 */
@Controller("/api/v1/users")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Users")
class UserController {

    private final ListUsers listUsers;
    private final GetUser getUser;
    private final CreateUser createUser;
    private final UpdateUser updateUser;
    private final DeleteUser deleteUser;
    private final UserDtoMapper mapper;

    UserController(ListUsers listUsers, GetUser getUser, CreateUser createUser, UpdateUser updateUser,
                   DeleteUser deleteUser, UserDtoMapper mapper) {
        this.listUsers = listUsers;
        this.getUser = getUser;
        this.createUser = createUser;
        this.updateUser = updateUser;
        this.deleteUser = deleteUser;
        this.mapper = mapper;
    }

    @Get
    @RequiresPermission("system:user:list")
    @Operation(operationId = "listUsers",
            summary = "Users, paged; filters username (prefix), status, deptId (with sub-departments); "
            + "sort username|createdAt,asc|desc",
            security = @SecurityRequirement(name = "bearerAuth"))
    PageResponse<UserResponse> list(@Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size,
                                    @Nullable @QueryValue String sort,
                                    @Nullable @QueryValue @Size(max = 64) String username,
                                    @Nullable @QueryValue @Schema(allowableValues = {"ENABLED", "DISABLED"}) String status, @Nullable @QueryValue String deptId,
                                    Authentication authentication) {
        UserQuery query = new UserQuery(username, status == null ? null : parseStatus(status),
                deptId == null ? null : DeptId.parse("deptId", deptId));
        PageRequest request = new PageRequest(page == null ? 1 : page, size == null ? PageRequest.DEFAULT_SIZE : size);
        return PageResponse.of(listUsers.list(actor(authentication), query, request, UserSort.parse(sort)), mapper::toResponse);
    }

    @Get("/{id}")
    @RequiresPermission("system:user:read")
    @Operation(operationId = "getUser", summary = "One user",
            security = @SecurityRequirement(name = "bearerAuth"))
    UserResponse read(@PathVariable String id, Authentication authentication) {
        return mapper.toResponse(getUser.get(actor(authentication), UserId.parse("id", id)));
    }

    @Post
    @Status(HttpStatus.CREATED)
    @RequiresPermission("system:user:create")
    @Operation(operationId = "createUser", summary = "Create a user",
            security = @SecurityRequirement(name = "bearerAuth"))
    HttpResponse<UserResponse> create(@Valid @Body CreateUserRequest body, Authentication authentication) {
        UserView created = createUser.create(actor(authentication), new CreateUser.Command(new Username(body.username()), body.password(),
                mapper.nickname(body.nickname()), mapper.email(body.email()), mapper.phone(body.phone()),
                body.deptId() == null ? DeptId.ROOT : DeptId.parse("deptId", body.deptId()),
                mapper.roleIds(body.roleIds()), mapper.status(body.status(), UserStatus.ENABLED),
                Boolean.TRUE.equals(body.mustChangePassword())));
        return HttpResponse.created(mapper.toResponse(created), URI.create("/api/v1/users/" + created.id()));
    }

    @Put("/{id}")
    @RequiresPermission("system:user:update")
    @Operation(operationId = "updateUser",
            summary = "Update a user read at version; also assigns roles",
            security = @SecurityRequirement(name = "bearerAuth"))
    UserResponse update(@PathVariable String id, @Valid @Body UpdateUserRequest body,
                        Authentication authentication) {
        return mapper.toResponse(updateUser.update(actor(authentication),
                mapper.command(UserId.parse("id", id), body)));
    }

    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    @RequiresPermission("system:user:delete")
    @Operation(operationId = "deleteUser",
            summary = "Delete a user (soft); its sessions end",
            security = @SecurityRequirement(name = "bearerAuth"))
    void delete(@PathVariable String id, Authentication authentication) {
        deleteUser.delete(actor(authentication), UserId.parse("id", id));
    }

    private static UserId actor(Authentication authentication) {
        return Caller.of(authentication).userId();
    }

    private static UserStatus parseStatus(String text) {
        try {
            return UserStatus.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("status", "must be ENABLED or DISABLED");
        }
    }
}
