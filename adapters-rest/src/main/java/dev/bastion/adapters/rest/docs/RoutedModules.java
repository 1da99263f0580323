package dev.bastion.adapters.rest.docs;

import io.micronaut.web.router.Router;
import jakarta.inject.Singleton;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The business modules with endpoints in this instance: those whose controllers are routed, by the
 * package segment that names a module ({@code dev.bastion.modules.<name>..}, docs/extending.md). A
 * module switched off has no controller, so it is not among them.
 */
@Singleton
final class RoutedModules {

    static final String MODULES_PACKAGE = "dev.bastion.modules.";

    private final Router router;

    RoutedModules(Router router) {
        this.router = router;
    }

    Set<String> names() {
        return router.uriRoutes().map(route -> route.getDeclaringType().getPackageName())
                .filter(name -> name.startsWith(MODULES_PACKAGE))
                .map(name -> name.substring(MODULES_PACKAGE.length()).split("\\.", 2)[0])
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
