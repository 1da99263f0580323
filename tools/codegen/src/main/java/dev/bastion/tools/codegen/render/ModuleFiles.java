package dev.bastion.tools.codegen.render;

import dev.bastion.tools.codegen.GeneratedFile;
import dev.bastion.tools.codegen.model.AggregateModel;
import dev.bastion.tools.codegen.model.FieldModel;
import dev.bastion.tools.codegen.model.ModuleModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which file each template writes, and where: the module's pom, README and OpenAPI settings, then
 * for each aggregate its domain, application, persistence and REST classes and their tests, then the
 * module's own classes, its wiring, switch and migration.
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
        files.add(file(module.dir() + "/openapi.properties", "wiring/openapi.properties", module));
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
            if (a.owned()) {
                files.add(file(main + "/application/" + n + "Ownership.java", "application/Ownership.java", module, a));
            }
            String persistence = main + "/adapters/persistence/";
            files.add(file(persistence + n + "Row.java", "persistence/Row.java", module, a));
            files.add(file(persistence + n + "RowMapper.java", "persistence/RowMapper.java", module, a));
            files.add(file(persistence + n + "RowRepository.java", "persistence/RowRepository.java", module, a));
            files.add(file(persistence + n + "Filter.java", "persistence/Filter.java", module, a));
            files.add(file(persistence + "Jdbc" + n + "Repository.java", "persistence/JdbcRepository.java", module, a));
            String rest = main + "/adapters/rest/";
            files.add(file(rest + n + "Controller.java", "rest/Controller.java", module, a));
            files.add(file(rest + "Create" + n + "Request.java", "rest/CreateRequest.java", module, a));
            files.add(file(rest + "Update" + n + "Request.java", "rest/UpdateRequest.java", module, a));
            files.add(file(rest + n + "Response.java", "rest/Response.java", module, a));
            files.add(file(rest + n + "DtoMapper.java", "rest/DtoMapper.java", module, a));
            if (a.hasEnums()) {
                files.add(file(rest + n + "Values.java", "rest/Values.java", module, a));
            }
            files.add(file(test + "/adapters/persistence/Jdbc" + n + "RepositoryContractTest.java",
                    "test/JdbcRepositoryContractTest.java", module, a));
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
        files.add(file(main + "/adapters/rest/" + p + "IdMappings.java", "rest/IdMappings.java", module));
        if (module.usesQueryValues()) {
            files.add(file(main + "/adapters/rest/" + p + "QueryValues.java", "rest/QueryValues.java", module));
        }
        files.add(file(main + "/wiring/" + p + "Wiring.java", "wiring/Wiring.java", module));
        files.add(file(main + "/package-info.java", "wiring/package-info.java", module));
        files.add(file(module.dir() + "/src/main/resources/" + module.migrations() + "/V1__" + module.context() + ".sql",
                "persistence/Migration.sql", module));
        if (module.anyScoped()) {
            files.add(file(test + "/adapters/persistence/TestDepartments.java", "test/TestDepartments.java", module));
        }
        files.add(file(test + "/domain/" + p + "Fixtures.java", "test/Fixtures.java", module));
        files.add(file(test + "/application/" + p + "World.java", "test/World.java", module));
        files.add(file(test + "/application/" + p + "ModuleTest.java", "test/ModuleTest.java", module));
        return files;
    }

    private GeneratedFile file(String path, String template, Object... scopes) {
        return new GeneratedFile(path, templates.render(template, scopes));
    }
}
