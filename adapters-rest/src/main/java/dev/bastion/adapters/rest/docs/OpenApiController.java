package dev.bastion.adapters.rest.docs;

import io.micronaut.core.io.ResourceLoader;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Serves the OpenAPI document at {@code /openapi.yml} as {@code application/yaml} (RFC 9512): the one
 * generated from the annotations at build time, with the documents of the business modules whose
 * endpoints are routed here ({@link RoutedModules}, {@link ModuleDocuments}), refined once
 * ({@link OpenApiRefinement}) on first request.
 */
@Controller
@Hidden
@Secured(SecurityRule.IS_ANONYMOUS)
final class OpenApiController {

    static final String GENERATED = "classpath:META-INF/swagger/openapi.yml";
    static final String YAML = "application/yaml";

    private final ResourceLoader resources;
    private final OperationPermissions permissions;
    private final RoutedModules modules;
    private volatile String document;

    OpenApiController(ResourceLoader resources, OperationPermissions permissions, RoutedModules modules) {
        this.resources = resources;
        this.permissions = permissions;
        this.modules = modules;
    }

    @Get(uri = "/openapi.yml", produces = YAML)
    HttpResponse<String> document() {
        String current = document;
        if (current == null) {
            current = refined();
            document = current;
        }
        return HttpResponse.ok(current).contentType(YAML);
    }

    private String refined() {
        Map<String, Object> tree = load(GENERATED).orElseThrow(
                () -> new IllegalStateException("no generated OpenAPI document at " + GENERATED));
        // a routed module has a document of its own unless its build left the OpenAPI processor out
        modules.names().forEach(module -> load("classpath:" + ModuleDocuments.location(module))
                .ifPresent(moduleDocument -> ModuleDocuments.merge(tree, moduleDocument)));
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setWidth(120);
        options.setSplitLines(false);
        return new Yaml(options).dump(OpenApiRefinement.refine(tree, permissions.byOperation()));
    }

    @SuppressWarnings("unchecked")
    private Optional<Map<String, Object>> load(String location) {
        Optional<InputStream> found = resources.getResourceAsStream(location);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream yaml = found.get()) {
            return Optional.of(new Yaml(new LoaderOptions()).loadAs(yaml, LinkedHashMap.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
