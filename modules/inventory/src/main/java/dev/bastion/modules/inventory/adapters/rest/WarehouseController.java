package dev.bastion.modules.inventory.adapters.rest;

import static dev.bastion.modules.inventory.application.InventoryPermissions.WAREHOUSE_CREATE;
import static dev.bastion.modules.inventory.application.InventoryPermissions.WAREHOUSE_DELETE;
import static dev.bastion.modules.inventory.application.InventoryPermissions.WAREHOUSE_LIST;
import static dev.bastion.modules.inventory.application.InventoryPermissions.WAREHOUSE_READ;
import static dev.bastion.modules.inventory.application.InventoryPermissions.WAREHOUSE_UPDATE;

import dev.bastion.adapters.rest.security.Caller;
import dev.bastion.adapters.rest.security.RequiresPermission;
import dev.bastion.adapters.rest.shared.PageResponse;
import dev.bastion.adapters.rest.shared.Paging;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.modules.inventory.application.CreateWarehouse;
import dev.bastion.modules.inventory.application.DeleteWarehouse;
import dev.bastion.modules.inventory.application.GetWarehouse;
import dev.bastion.modules.inventory.application.ListWarehouses;
import dev.bastion.modules.inventory.application.UpdateWarehouse;
import dev.bastion.modules.inventory.application.WarehouseView;
import dev.bastion.modules.inventory.domain.WarehouseId;
import dev.bastion.modules.inventory.domain.WarehouseQuery;
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
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Set;

/** Warehouses, within the caller's data scope by their department (modules/inventory/README.md). */
@Controller(WarehouseController.PATH)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Inventory: warehouses", description = "Warehouses that departments own, within the caller's data scope")
class WarehouseController {

    static final String PATH = "/api/v1/inventory/warehouses";
    static final Set<String> SORTS = Set.of("code,asc");

    private final ListWarehouses listWarehouses;
    private final GetWarehouse getWarehouse;
    private final CreateWarehouse createWarehouse;
    private final UpdateWarehouse updateWarehouse;
    private final DeleteWarehouse deleteWarehouse;
    private final WarehouseDtoMapper mapper;

    WarehouseController(ListWarehouses listWarehouses, GetWarehouse getWarehouse, CreateWarehouse createWarehouse,
                        UpdateWarehouse updateWarehouse, DeleteWarehouse deleteWarehouse, WarehouseDtoMapper mapper) {
        this.listWarehouses = listWarehouses;
        this.getWarehouse = getWarehouse;
        this.createWarehouse = createWarehouse;
        this.updateWarehouse = updateWarehouse;
        this.deleteWarehouse = deleteWarehouse;
        this.mapper = mapper;
    }

    @Get
    @RequiresPermission(WAREHOUSE_LIST)
    @Operation(operationId = "listWarehouses",
            summary = "Warehouses, paged, by code; filters search (code or name contains, ignoring case), "
                    + "deptId (that department only), status",
            security = @SecurityRequirement(name = "bearerAuth"))
    PageResponse<WarehouseResponse> list(@Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size,
                                         @Nullable @QueryValue String sort,
                                         @Nullable @QueryValue @Size(max = 64) String search,
                                         @Nullable @QueryValue String deptId,
                                         @Nullable @QueryValue @Schema(allowableValues = {"ENABLED", "DISABLED"})
                                         String status,
                                         Authentication authentication) {
        WarehouseQuery query = new WarehouseQuery(search, deptId == null ? null : DeptId.parse("deptId", deptId),
                WarehouseValues.status("status", status));
        return PageResponse.of(listWarehouses.list(actor(authentication), query, Paging.of(page, size, sort, SORTS)),
                mapper::toResponse);
    }

    @Get("/{id}")
    @RequiresPermission(WAREHOUSE_READ)
    @Operation(operationId = "getWarehouse", summary = "One warehouse",
            security = @SecurityRequirement(name = "bearerAuth"))
    WarehouseResponse read(@PathVariable String id, Authentication authentication) {
        return mapper.toResponse(getWarehouse.get(actor(authentication), WarehouseId.parse("id", id)));
    }

    @Post
    @Status(HttpStatus.CREATED)
    @RequiresPermission(WAREHOUSE_CREATE)
    @Operation(operationId = "createWarehouse",
            summary = "Create a warehouse of a department within the caller's data scope",
            security = @SecurityRequirement(name = "bearerAuth"))
    HttpResponse<WarehouseResponse> create(@Valid @Body CreateWarehouseRequest body, Authentication authentication) {
        WarehouseView created = createWarehouse.create(actor(authentication), mapper.command(body));
        return HttpResponse.created(mapper.toResponse(created), URI.create(PATH + "/" + created.id()));
    }

    @Put("/{id}")
    @RequiresPermission(WAREHOUSE_UPDATE)
    @Operation(operationId = "updateWarehouse",
            summary = "Edit or move a warehouse read at version; fields left out keep their value",
            security = @SecurityRequirement(name = "bearerAuth"))
    WarehouseResponse update(@PathVariable String id, @Valid @Body UpdateWarehouseRequest body,
                             Authentication authentication) {
        return mapper.toResponse(updateWarehouse.update(actor(authentication),
                mapper.command(WarehouseId.parse("id", id), body)));
    }

    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    @RequiresPermission(WAREHOUSE_DELETE)
    @Operation(operationId = "deleteWarehouse",
            summary = "Delete a warehouse (soft; its code is free again); not while it holds items (409)",
            security = @SecurityRequirement(name = "bearerAuth"))
    void delete(@PathVariable String id, Authentication authentication) {
        deleteWarehouse.delete(actor(authentication), WarehouseId.parse("id", id));
    }

    private static UserId actor(Authentication authentication) {
        return Caller.of(authentication).userId();
    }
}
