package dev.bastion.tools.codegen.render;

import dev.bastion.tools.codegen.GeneratedFile;
import dev.bastion.tools.codegen.model.AggregateModel;
import dev.bastion.tools.codegen.model.FieldModel;
import dev.bastion.tools.codegen.model.ModuleModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which file each template writes, and where: the module's pom and README, then for each aggregate
 * its domain, application and test classes, then the module's own classes. Adapter and wiring
 * templates (a later phase) add their files here the same way.
 */
public final class ModuleFiles {

    private static final Map<String, String> EVENT_DOCS = Map.of(
            "Created", "A {{words}} was created.",
            "Changed", "A {{words}}'s details changed.",
            "Deleted", "A {{words}} was deleted.");

    private final Templates templates = new Templates();

    public List<GeneratedFile> of(ModuleModel module) {
        List<GeneratedFile> files = new ArrayList<>();
        String main = module.mainJava();
        String test = module.testJava();
        files.add(file(module.dir() + "/pom.xml", "module/pom.xml", module));
        files.add(file(module.dir() + "/README.md", "module/README.md", module));
        for (AggregateModel a : module.aggregates()) {
            String n = a.name();
            files.add(file(main + "/domain/" + n + ".java", "domain/Aggregate.java", module, a));
            files.add(file(main + "/domain/" + n + "Id.java", "domain/Id.java", module, a));
            files.add(file(main + "/domain/" + n + "Details.java", "domain/Details.java", module, a));
            files.add(file(main + "/domain/" + n + "Snapshot.java", "domain/Snapshot.java", module, a));
            files.add(file(main + "/domain/" + n + "Query.java", "domain/Query.java", module, a));
            files.add(file(main + "/domain/" + n + "Repository.java", "domain/Repository.java", module, a));
            for (FieldModel e : a.enums()) {
                files.add(file(main + "/domain/" + e.enumType() + ".java", "domain/Enum.java", module, a, e));
            }
            for (String kind : List.of("Created", "Changed", "Deleted")) {
                String doc = templates.renderText(EVENT_DOCS.get(kind), a);
                files.add(file(main + "/domain/" + n + kind + ".java", "domain/Event.java", module, a,
                        Map.of("eventType", n + kind, "eventDoc", doc)));
            }
            String plural = a.plural();
            files.add(file(main + "/application/List" + plural + ".java", "application/List.java", module, a));
            files.add(file(main + "/application/Get" + n + ".java", "application/Get.java", module, a));
            files.add(file(main + "/application/Create" + n + ".java", "application/Create.java", module, a));
            files.add(file(main + "/application/Update" + n + ".java", "application/Update.java", module, a));
            files.add(file(main + "/application/Delete" + n + ".java", "application/Delete.java", module, a));
            files.add(file(main + "/application/" + n + "View.java", "application/View.java", module, a));
            files.add(file(main + "/application/" + plural + "Service.java", "application/Service.java", module, a));
            files.add(file(test + "/domain/" + n + "Test.java", "test/AggregateTest.java", module, a));
            files.add(file(test + "/domain/" + n + "DetailsTest.java", "test/DetailsTest.java", module, a));
            files.add(file(test + "/application/" + plural + "ServiceTest.java", "test/ServiceTest.java", module, a));
            files.add(file(test + "/testing/InMemory" + n + "Repository.java", "test/InMemoryRepository.java", module, a));
            files.add(file(test + "/testing/InMemory" + n + "RepositoryTest.java", "test/InMemoryRepositoryTest.java",
                    module, a));
            files.add(file(test + "/testing/contract/" + n + "RepositoryContract.java", "test/RepositoryContract.java",
                    module, a));
        }
        String p = module.pascal();
        files.add(file(main + "/application/" + p + "Permissions.java", "application/Permissions.java", module));
        files.add(file(main + "/application/" + p + "Module.java", "application/Module.java", module));
        files.add(file(test + "/domain/" + p + "Fixtures.java", "test/Fixtures.java", module));
        files.add(file(test + "/application/" + p + "World.java", "test/World.java", module));
        files.add(file(test + "/application/" + p + "ModuleTest.java", "test/ModuleTest.java", module));
        return files;
    }

    private GeneratedFile file(String path, String template, Object... scopes) {
        return new GeneratedFile(path, templates.render(template, scopes));
    }
}
