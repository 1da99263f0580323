package dev.bastion.adapters.rest.docs;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The OpenAPI document's header: served at {@code /openapi.yml}, browsable at {@code /docs}.
 * Operations are bearer-JWT protected unless they say otherwise.
 */
@OpenAPIDefinition(
        info = @Info(
                title = "Bastion",
                version = "v1",
                description = """
                        Administration back office API: sign-in and sessions, users, roles, menus and \
                        departments, online sessions and the login log. JSON only, base path /api/v1. \
                        Errors are RFC 9457 problem details (application/problem+json, schema Problem) with \
                        a stable `code` and the `requestId` also sent as the X-Request-Id header. \
                        Authenticate with POST /api/v1/auth/login and send the access token as \
                        `Authorization: Bearer <token>`; each operation names the permission it needs \
                        (x-permission)."""),
        tags = {
                @Tag(name = "Authentication", description = "Sign in, refresh and sign out; the caller's own "
                        + "profile, menus, password and sessions"),
                @Tag(name = "Users", description = "User accounts within the caller's data scope and reach; CSV "
                        + "export and import"),
                @Tag(name = "Roles", description = "What roles grant: menu entries (so permissions) and a data scope"),
                @Tag(name = "Menus", description = "The menu tree: directories, menus and the buttons that carry "
                        + "permissions"),
                @Tag(name = "Departments", description = "The organization tree, within the caller's data scope"),
                @Tag(name = "Sessions", description = "Online sessions and forced sign-out"),
                @Tag(name = "Login log", description = "Every sign-in attempt")
        })
@SecurityScheme(
        name = BastionOpenApi.BEARER_SCHEME,
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        bearerFormat = "JWT",
        description = "Access token from POST /api/v1/auth/login")
public final class BastionOpenApi {

    /** Name of the security scheme operations refer to. */
    public static final String BEARER_SCHEME = "bearerAuth";

    private BastionOpenApi() {
    }
}
