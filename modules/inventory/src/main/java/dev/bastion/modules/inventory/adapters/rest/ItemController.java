package dev.bastion.modules.inventory.adapters.rest;

import static dev.bastion.modules.inventory.application.InventoryPermissions.ITEM_CREATE;
import static dev.bastion.modules.inventory.application.InventoryPermissions.ITEM_DELETE;
import static dev.bastion.modules.inventory.application.InventoryPermissions.ITEM_ISSUE;
import static dev.bastion.modules.inventory.application.InventoryPermissions.ITEM_LIST;
import static dev.bastion.modules.inventory.application.InventoryPermissions.ITEM_READ;
import static dev.bastion.modules.inventory.application.InventoryPermissions.ITEM_RECEIVE;
import static dev.bastion.modules.inventory.application.InventoryPermissions.ITEM_UPDATE;

import dev.bastion.adapters.rest.security.Caller;
import dev.bastion.adapters.rest.security.RequiresPermission;
import dev.bastion.adapters.rest.shared.PageResponse;
import dev.bastion.adapters.rest.shared.Paging;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.shared.InvalidValueException;
import dev.bastion.modules.inventory.application.CreateItem;
import dev.bastion.modules.inventory.application.DeleteItem;
import dev.bastion.modules.inventory.application.GetItem;
import dev.bastion.modules.inventory.application.IssueStock;
import dev.bastion.modules.inventory.application.ItemView;
import dev.bastion.modules.inventory.application.ListItems;
import dev.bastion.modules.inventory.application.ReceiveStock;
import dev.bastion.modules.inventory.application.UpdateItem;
import dev.bastion.modules.inventory.domain.ItemId;
import dev.bastion.modules.inventory.domain.ItemQuery;
import dev.bastion.modules.inventory.domain.WarehouseId;
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

/**
 * Items and their stock, within the caller's data scope by their warehouse's department
 * (modules/inventory/README.md). The quantity moves only by {@code /receive} and {@code /issue}.
 */
@Controller(ItemController.PATH)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Inventory: items", description = "The items warehouses stock, and their stock movements")
class ItemController {

    static final String PATH = "/api/v1/inventory/items";
    static final Set<String> SORTS = Set.of("sku,asc");

    private final ListItems listItems;
    private final GetItem getItem;
    private final CreateItem createItem;
    private final UpdateItem updateItem;
    private final DeleteItem deleteItem;
    private final ReceiveStock receiveStock;
    private final IssueStock issueStock;
    private final ItemDtoMapper mapper;

    ItemController(ListItems listItems, GetItem getItem, CreateItem createItem, UpdateItem updateItem,
                   DeleteItem deleteItem, ReceiveStock receiveStock, IssueStock issueStock, ItemDtoMapper mapper) {
        this.listItems = listItems;
        this.getItem = getItem;
        this.createItem = createItem;
        this.updateItem = updateItem;
        this.deleteItem = deleteItem;
        this.receiveStock = receiveStock;
        this.issueStock = issueStock;
        this.mapper = mapper;
    }

    @Get
    @RequiresPermission(ITEM_LIST)
    @Operation(operationId = "listItems",
            summary = "Items, paged, by SKU ignoring case; filters warehouseId, skuPrefix (ignoring case), "
                    + "name (contains, ignoring case), lowStockOnly",
            security = @SecurityRequirement(name = "bearerAuth"))
    PageResponse<ItemResponse> list(@Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size,
                                    @Nullable @QueryValue String sort, @Nullable @QueryValue String warehouseId,
                                    @Nullable @QueryValue @Size(max = 40) String skuPrefix,
                                    @Nullable @QueryValue @Size(max = 100) String name,
                                    @Nullable @QueryValue @Schema(allowableValues = {"true", "false"})
                                    String lowStockOnly,
                                    Authentication authentication) {
        ItemQuery query = new ItemQuery(warehouseId == null ? null : WarehouseId.parse("warehouseId", warehouseId),
                skuPrefix, name, lowStockOnly != null && bool("lowStockOnly", lowStockOnly));
        return PageResponse.of(listItems.list(actor(authentication), query, Paging.of(page, size, sort, SORTS)),
                mapper::toResponse);
    }

    @Get("/{id}")
    @RequiresPermission(ITEM_READ)
    @Operation(operationId = "getItem", summary = "One item, with its stock",
            security = @SecurityRequirement(name = "bearerAuth"))
    ItemResponse read(@PathVariable String id, Authentication authentication) {
        return mapper.toResponse(getItem.get(actor(authentication), ItemId.parse("id", id)));
    }

    @Post
    @Status(HttpStatus.CREATED)
    @RequiresPermission(ITEM_CREATE)
    @Operation(operationId = "createItem",
            summary = "Create an item, with nothing in stock, in an enabled warehouse within the caller's data scope",
            security = @SecurityRequirement(name = "bearerAuth"))
    HttpResponse<ItemResponse> create(@Valid @Body CreateItemRequest body, Authentication authentication) {
        ItemView created = createItem.create(actor(authentication), mapper.command(body));
        return HttpResponse.created(mapper.toResponse(created), URI.create(PATH + "/" + created.id()));
    }

    @Put("/{id}")
    @RequiresPermission(ITEM_UPDATE)
    @Operation(operationId = "updateItem",
            summary = "Edit an item read at version; fields left out keep their value; not its quantity",
            security = @SecurityRequirement(name = "bearerAuth"))
    ItemResponse update(@PathVariable String id, @Valid @Body UpdateItemRequest body, Authentication authentication) {
        return mapper.toResponse(updateItem.update(actor(authentication), mapper.command(ItemId.parse("id", id), body)));
    }

    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    @RequiresPermission(ITEM_DELETE)
    @Operation(operationId = "deleteItem", summary = "Delete an item (soft; its SKU is free again)",
            security = @SecurityRequirement(name = "bearerAuth"))
    void delete(@PathVariable String id, Authentication authentication) {
        deleteItem.delete(actor(authentication), ItemId.parse("id", id));
    }

    @Post("/{id}/receive")
    @RequiresPermission(ITEM_RECEIVE)
    @Operation(operationId = "receiveStock",
            summary = "Put quantity into an item's stock, at the version read; the item as it is now",
            security = @SecurityRequirement(name = "bearerAuth"))
    ItemResponse receive(@PathVariable String id, @Valid @Body StockMovementRequest body,
                         Authentication authentication) {
        return mapper.toResponse(receiveStock.receive(actor(authentication),
                mapper.movement(ItemId.parse("id", id), body)));
    }

    @Post("/{id}/issue")
    @RequiresPermission(ITEM_ISSUE)
    @Operation(operationId = "issueStock",
            summary = "Take quantity out of an item's stock, at the version read; at most what is in stock (409)",
            security = @SecurityRequirement(name = "bearerAuth"))
    ItemResponse issue(@PathVariable String id, @Valid @Body StockMovementRequest body, Authentication authentication) {
        return mapper.toResponse(issueStock.issue(actor(authentication), mapper.movement(ItemId.parse("id", id), body)));
    }

    private static boolean bool(String field, String text) {
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidValueException(field, "must be true or false");
        };
    }

    private static UserId actor(Authentication authentication) {
        return Caller.of(authentication).userId();
    }
}
