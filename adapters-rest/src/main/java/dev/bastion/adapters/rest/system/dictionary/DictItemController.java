package dev.bastion.adapters.rest.system.dictionary;

import dev.bastion.adapters.rest.security.RequiresPermission;
import dev.bastion.application.system.dictionary.CreateDictItem;
import dev.bastion.application.system.dictionary.DeleteDictItem;
import dev.bastion.application.system.dictionary.DictItemView;
import dev.bastion.application.system.dictionary.ListDictItems;
import dev.bastion.application.system.dictionary.UpdateDictItem;
import dev.bastion.domain.system.dictionary.DictCode;
import dev.bastion.domain.system.dictionary.DictItemId;
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
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;

/** Dictionary items, administered one by one (docs/api.md, "Dictionaries"). */
@Controller("/api/v1/dict-items")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Dictionaries")
class DictItemController {

    private final ListDictItems listItems;
    private final CreateDictItem createItem;
    private final UpdateDictItem updateItem;
    private final DeleteDictItem deleteItem;
    private final DictDtoMapper mapper;

    DictItemController(ListDictItems listItems, CreateDictItem createItem, UpdateDictItem updateItem,
                       DeleteDictItem deleteItem, DictDtoMapper mapper) {
        this.listItems = listItems;
        this.createItem = createItem;
        this.updateItem = updateItem;
        this.deleteItem = deleteItem;
        this.mapper = mapper;
    }

    @Get
    @RequiresPermission("system:dict:list")
    @Operation(operationId = "listDictItems",
            summary = "Every item of a dictionary type, disabled ones too, by sort then value (a plain array)",
            security = @SecurityRequirement(name = "bearerAuth"))
    List<DictItemResponse> list(@QueryValue String typeCode) {
        return listItems.items(DictCode.parse("typeCode", typeCode)).stream().map(mapper::toResponse).toList();
    }

    @Post
    @Status(HttpStatus.CREATED)
    @RequiresPermission("system:dict:create")
    @Operation(operationId = "createDictItem", summary = "Add an item to the dictionary type typeCode",
            security = @SecurityRequirement(name = "bearerAuth"))
    HttpResponse<DictItemResponse> create(@Valid @Body CreateDictItemRequest body) {
        DictItemView created = createItem.create(new CreateDictItem.Command(
                DictCode.parse("typeCode", body.typeCode()), mapper.itemDetails(body)));
        return HttpResponse.created(mapper.toResponse(created), URI.create("/api/v1/dict-items/" + created.id()));
    }

    @Put("/{id}")
    @RequiresPermission("system:dict:update")
    @Operation(operationId = "updateDictItem",
            summary = "Update an item read at version; fields left out keep their value; its type is immutable",
            security = @SecurityRequirement(name = "bearerAuth"))
    DictItemResponse update(@PathVariable String id, @Valid @Body UpdateDictItemRequest body) {
        return mapper.toResponse(updateItem.update(mapper.command(DictItemId.parse("id", id), body)));
    }

    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    @RequiresPermission("system:dict:delete")
    @Operation(operationId = "deleteDictItem", summary = "Delete an item",
            security = @SecurityRequirement(name = "bearerAuth"))
    void delete(@PathVariable String id) {
        deleteItem.delete(DictItemId.parse("id", id));
    }
}
