package dev.bastion.adapters.rest.docs;

import dev.bastion.adapters.rest.security.RequiresPermission;
import io.micronaut.web.router.Router;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The permission each operation requires, read from the routes' own
 * {@link RequiresPermission}: the OpenAPI document shows what the security rule checks, with no copy
 * written by hand beside the annotation.
 */
@Singleton
final class OperationPermissions {

    private final Router router;

    OperationPermissions(Router router) {
        this.router = router;
    }

    /** By operation as {@link #key} names it; HEAD routes are Micronaut's own twins of the GETs. */
    Map<String, String> byOperation() {
        Map<String, String> permissions = new TreeMap<>();
        router.uriRoutes().filter(route -> !route.getHttpMethodName().equals("HEAD"))
                .forEach(route -> route.getAnnotationMetadata().stringValue(RequiresPermission.class)
                        .ifPresent(permission -> permissions.put(
                                key(route.getHttpMethodName(), route.getUriMatchTemplate().toString()), permission)));
        return permissions;
    }

    /** An operation as the document's paths name it: method and path template. */
    static String key(String method, String path) {
        return method.toLowerCase(Locale.ROOT) + " " + path;
    }
}
