package dev.bastion.adapters.rest.archfixture;

import dev.bastion.adapters.rest.security.RequiresPermission;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;

/** Wrong on purpose: one API operation says nothing about who may call it. */
@Controller("/api/v1/gadgets")
public class UndeclaredOperationController {

    @Get
    @RequiresPermission("shop:gadget:list")
    public String list() {
        return "[]";
    }

    @Delete("/{id}")
    public void delete(String id) {
    }
}
