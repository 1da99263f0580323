package dev.bastion.adapters.rest.access;

import dev.bastion.adapters.rest.security.Caller;
import io.micronaut.security.authentication.Authentication;
import dev.bastion.adapters.rest.security.RequiresPermission;
import dev.bastion.application.access.CreateMenu;
import dev.bastion.application.access.DeleteMenu;
import dev.bastion.application.access.GetMenu;
import dev.bastion.application.access.ListMenuTree;
import dev.bastion.application.access.UpdateMenu;
import dev.bastion.application.access.MenuView;
import dev.bastion.domain.access.MenuId;
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

/** The menu tree: directories, menus and buttons with their permissions (docs/api.md, "menus"). */
@Controller("/api/v1/menus")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Menus")
class MenuController {

    private final ListMenuTree tree;
    private final GetMenu getMenu;
    private final CreateMenu createMenu;
    private final UpdateMenu updateMenu;
    private final DeleteMenu deleteMenu;
    private final MenuDtoMapper mapper;

    MenuController(ListMenuTree tree, GetMenu getMenu, CreateMenu createMenu, UpdateMenu updateMenu,
                   DeleteMenu deleteMenu, MenuDtoMapper mapper) {
        this.tree = tree;
        this.getMenu = getMenu;
        this.createMenu = createMenu;
        this.updateMenu = updateMenu;
        this.deleteMenu = deleteMenu;
        this.mapper = mapper;
    }

    @Get
    @RequiresPermission("system:menu:list")
    @Operation(operationId = "listMenuTree",
            summary = "The menu tree: top-level entries with children, siblings by sort",
            security = @SecurityRequirement(name = "bearerAuth"))
    List<MenuResponse> tree() {
        return tree.tree().stream().map(mapper::toResponse).toList();
    }

    @Get("/{id}")
    @RequiresPermission("system:menu:read")
    @Operation(operationId = "getMenu", summary = "One menu entry",
            security = @SecurityRequirement(name = "bearerAuth"))
    MenuResponse read(@PathVariable String id) {
        return mapper.toResponse(getMenu.get(MenuId.parse("id", id)));
    }

    @Post
    @Status(HttpStatus.CREATED)
    @RequiresPermission("system:menu:create")
    @Operation(operationId = "createMenu",
            summary = "Create a menu entry; buttons under menus, menus and directories under directories or "
            + "at the top",
            security = @SecurityRequirement(name = "bearerAuth"))
    HttpResponse<MenuResponse> create(@Valid @Body CreateMenuRequest body, Authentication authentication) {
        MenuView created = createMenu.create(Caller.of(authentication).userId(), new CreateMenu.Command(mapper.parentId(body.parentId()), mapper.details(body)));
        return HttpResponse.created(mapper.toResponse(created), URI.create("/api/v1/menus/" + created.id()));
    }

    @Put("/{id}")
    @RequiresPermission("system:menu:update")
    @Operation(operationId = "updateMenu",
            summary = "Update or move a menu entry read at version; fields left out keep their value",
            security = @SecurityRequirement(name = "bearerAuth"))
    MenuResponse update(@PathVariable String id, @Valid @Body UpdateMenuRequest body,
                        Authentication authentication) {
        return mapper.toResponse(updateMenu.update(Caller.of(authentication).userId(),
                mapper.command(MenuId.parse("id", id), body)));
    }

    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    @RequiresPermission("system:menu:delete")
    @Operation(operationId = "deleteMenu",
            summary = "Delete a menu entry without children that no role grants",
            security = @SecurityRequirement(name = "bearerAuth"))
    void delete(@PathVariable String id, Authentication authentication) {
        deleteMenu.delete(Caller.of(authentication).userId(), MenuId.parse("id", id));
    }
}
