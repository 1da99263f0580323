package dev.bastion.adapters.rest.docs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The business modules' operations in the one document: each module's REST adapter runs the OpenAPI
 * processor into a document of its own ({@value #LOCATION}{@code <name>.yml}, see
 * docs/extending.md), since the core's is generated before any module is compiled. Merged before
 * {@link OpenApiRefinement}, so a module's operations get the same error answers, permissions and
 * examples as the core's. The core's entries win a clash: a module adds, never replaces.
 */
final class ModuleDocuments {

    static final String LOCATION = "META-INF/swagger/modules/";

    private ModuleDocuments() {
    }

    static String location(String moduleName) {
        return LOCATION + moduleName + ".yml";
    }

    /** Adds {@code module}'s paths, components and tags to {@code document} (in place) and returns it. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> merge(Map<String, Object> document, Map<String, Object> module) {
        addAbsent(document, "paths", (Map<String, Object>) module.getOrDefault("paths", Map.of()));
        Map<String, Object> moduleComponents = (Map<String, Object>) module.getOrDefault("components", Map.of());
        Map<String, Object> components = child(document, "components");
        moduleComponents.forEach((kind, entries) -> addAbsent(components, kind, (Map<String, Object>) entries));
        List<Object> moduleTags = (List<Object>) module.getOrDefault("tags", List.of());
        if (!moduleTags.isEmpty()) {
            List<Object> tags = new ArrayList<>((List<Object>) document.getOrDefault("tags", List.of()));
            List<Object> names = tags.stream().map(tag -> ((Map<String, Object>) tag).get("name")).toList();
            moduleTags.stream().filter(tag -> !names.contains(((Map<String, Object>) tag).get("name")))
                    .forEach(tags::add);
            document.put("tags", tags);
        }
        return document;
    }

    private static void addAbsent(Map<String, Object> parent, String name, Map<String, Object> entries) {
        Objects.requireNonNull(entries, name);
        Map<String, Object> target = child(parent, name);
        entries.forEach(target::putIfAbsent);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> child(Map<String, Object> parent, String name) {
        if (parent.get(name) instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        Map<String, Object> created = new LinkedHashMap<>();
        parent.put(name, created);
        return created;
    }
}
