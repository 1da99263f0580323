package dev.bastion.adapters.rest.access;

import dev.bastion.adapters.rest.security.Caller;
import dev.bastion.application.access.ListOwnMenus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

/** The caller's own navigation (docs/api.md, "Resources": sign-in and self: {@code GET /auth/menus}). */
@Controller("/api/v1/auth")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Authentication")
class OwnMenusController {

    private final ListOwnMenus ownMenus;
    private final MenuDtoMapper mapper;

    OwnMenusController(ListOwnMenus ownMenus, MenuDtoMapper mapper) {
        this.ownMenus = ownMenus;
        this.mapper = mapper;
    }

    @Get("/menus")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(operationId = "listOwnMenus",
            summary = "The caller's directories and menus as a tree for a front end's router (no buttons)",
            security = @SecurityRequirement(name = "bearerAuth"))
    List<MenuResponse> menus(Authentication authentication) {
        return ownMenus.menusOf(Caller.of(authentication).userId()).stream().map(mapper::toResponse).toList();
    }
}
