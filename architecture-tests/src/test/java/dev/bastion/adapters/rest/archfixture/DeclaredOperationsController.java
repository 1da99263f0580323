package dev.bastion.adapters.rest.archfixture;

import dev.bastion.adapters.rest.security.RequiresPermission;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/** Right: each operation declares a permission, signed-in access or public access. */
@Controller("/api/v1/widgets")
public class DeclaredOperationsController {

    @Get
    @RequiresPermission("shop:widget:list")
    public String list() {
        return "[]";
    }

    @Get("/mine")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public String mine() {
        return "[]";
    }

    @Post("/hello")
    @Secured(SecurityRule.IS_ANONYMOUS)
    public String hello() {
        return "hi";
    }

    /** Not an HTTP operation: nothing to declare. */
    public String helper() {
        return "";
    }
}
