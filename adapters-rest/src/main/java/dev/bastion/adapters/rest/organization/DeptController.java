package dev.bastion.adapters.rest.organization;

import dev.bastion.adapters.rest.security.Caller;
import io.micronaut.security.authentication.Authentication;
import dev.bastion.domain.identity.UserId;
import dev.bastion.adapters.rest.security.RequiresPermission;
import dev.bastion.application.organization.CreateDepartment;
import dev.bastion.application.organization.DeleteDepartment;
import dev.bastion.application.organization.GetDepartment;
import dev.bastion.application.organization.ListDepartmentTree;
import dev.bastion.application.organization.UpdateDepartment;
import dev.bastion.application.organization.DepartmentView;
import dev.bastion.domain.organization.DeptId;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;

/** The department tree (docs/api.md, "Resources": departments). */
@Controller("/api/v1/depts")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Departments")
class DeptController {

    private final ListDepartmentTree tree;
    private final GetDepartment getDepartment;
    private final CreateDepartment createDepartment;
    private final UpdateDepartment updateDepartment;
    private final DeleteDepartment deleteDepartment;
    private final DeptDtoMapper mapper;

    DeptController(ListDepartmentTree tree, GetDepartment getDepartment, CreateDepartment createDepartment,
                   UpdateDepartment updateDepartment, DeleteDepartment deleteDepartment, DeptDtoMapper mapper) {
        this.tree = tree;
        this.getDepartment = getDepartment;
        this.createDepartment = createDepartment;
        this.updateDepartment = updateDepartment;
        this.deleteDepartment = deleteDepartment;
        this.mapper = mapper;
    }

    @Get
    @RequiresPermission("system:dept:list")
    @Operation(operationId = "listDepartmentTree",
            summary = "The department tree: root nodes with children, siblings by sort",
            security = @SecurityRequirement(name = "bearerAuth"))
    List<DeptResponse> tree(Authentication authentication) {
        return tree.tree(actor(authentication)).stream().map(mapper::toResponse).toList();
    }

    @Get("/{id}")
    @RequiresPermission("system:dept:read")
    @Operation(operationId = "getDepartment", summary = "One department",
            security = @SecurityRequirement(name = "bearerAuth"))
    DeptResponse read(@PathVariable String id, Authentication authentication) {
        return mapper.toResponse(getDepartment.get(actor(authentication), DeptId.parse("id", id)));
    }

    @Post
    @Status(HttpStatus.CREATED)
    @RequiresPermission("system:dept:create")
    @Operation(operationId = "createDepartment",
            summary = "Create a department under parentId",
            security = @SecurityRequirement(name = "bearerAuth"))
    HttpResponse<DeptResponse> create(@Valid @Body CreateDeptRequest body, Authentication authentication) {
        DepartmentView created = createDepartment.create(actor(authentication), new CreateDepartment.Command(
                DeptId.parse("parentId", body.parentId()),
                mapper.details(body.name(), body.sort(), body.leader(), body.phone(), body.email(), body.status())));
        return HttpResponse.created(mapper.toResponse(created), URI.create("/api/v1/depts/" + created.id()));
    }

    @Put("/{id}")
    @RequiresPermission("system:dept:update")
    @Operation(operationId = "updateDepartment",
            summary = "Update or move a department; send the version you read",
            security = @SecurityRequirement(name = "bearerAuth"))
    DeptResponse update(@PathVariable String id, @Valid @Body UpdateDeptRequest body,
                        Authentication authentication) {
        return mapper.toResponse(updateDepartment.update(actor(authentication),
                mapper.command(DeptId.parse("id", id), body)));
    }

    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    @RequiresPermission("system:dept:delete")
    @Operation(operationId = "deleteDepartment",
            summary = "Delete a department without sub-departments or members",
            security = @SecurityRequirement(name = "bearerAuth"))
    void delete(@PathVariable String id, Authentication authentication) {
        deleteDepartment.delete(actor(authentication), DeptId.parse("id", id));
    }

    private static UserId actor(Authentication authentication) {
        return Caller.of(authentication).userId();
    }
}
