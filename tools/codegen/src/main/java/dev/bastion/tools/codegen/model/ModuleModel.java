package dev.bastion.tools.codegen.model;

import dev.bastion.tools.codegen.spec.ModuleSpec;
import dev.bastion.tools.codegen.spec.Naming;
import java.util.ArrayList;
import java.util.List;

/**
 * A validated spec as the templates see it: the module's names (package, artifact, paths), its
 * aggregates, its permission codes, and its menus with their fixed ids ({@link MenuIds}).
 */
public final class ModuleModel {

    private final ModuleSpec spec;
    private final List<AggregateModel> aggregates;
    private final MenuIds menuIds;

    public ModuleModel(ModuleSpec spec) {
        this.spec = spec;
        List<AggregateModel> models = new ArrayList<>();
        for (int i = 0; i < spec.aggregates().size(); i++) {
            models.add(new AggregateModel(spec, spec.aggregates().get(i), i + 1, i == spec.aggregates().size() - 1));
        }
        this.aggregates = List.copyOf(models);
        this.menuIds = new MenuIds(spec.context());
    }

    public String context() {
        return spec.context();
    }

    /** {@code Assets}: the prefix of the module's own classes. */
    public String pascal() {
        return Naming.pascal(spec.context());
    }

    public String moduleTitle() {
        return Naming.words(spec.context());
    }

    public String pkg() {
        return "dev.bastion.modules." + spec.context();
    }

    public String artifactId() {
        return "bastion-module-" + spec.context();
    }

    /** The module's folder, relative to the repository root. */
    public String dir() {
        return "modules/" + spec.context();
    }

    public String mainJava() {
        return dir() + "/src/main/java/dev/bastion/modules/" + spec.context();
    }

    public String testJava() {
        return dir() + "/src/test/java/dev/bastion/modules/" + spec.context();
    }

    public String migrations() {
        return "db/modules/" + spec.context();
    }

    public List<AggregateModel> aggregates() {
        return aggregates;
    }

    /** The aggregates with each parent before its children: the order the tests' world builds their stores in. */
    public List<AggregateModel> aggregatesParentsFirst() {
        List<AggregateModel> ordered = new ArrayList<>(aggregates.stream().filter(a -> !a.hasParent()).toList());
        ordered.addAll(aggregates.stream().filter(AggregateModel::hasParent).toList());
        return ordered;
    }

    public boolean usesBigDecimal() {
        return aggregates.stream().anyMatch(AggregateModel::usesBigDecimal);
    }

    public boolean usesLocalDate() {
        return aggregates.stream().anyMatch(AggregateModel::usesLocalDate);
    }

    public boolean usesInstantField() {
        return aggregates.stream().anyMatch(AggregateModel::usesInstantField);
    }

    public boolean anyOwned() {
        return aggregates.stream().anyMatch(AggregateModel::owned);
    }

    public boolean anyScoped() {
        return aggregates.stream().anyMatch(AggregateModel::scoped);
    }

    /** Some listing filters on a boolean or a date: the REST adapter reads them with {@code QueryValues}. */
    public boolean usesQueryValues() {
        return aggregates.stream().anyMatch(AggregateModel::usesQueryValues);
    }

    public boolean anyBooleanFilter() {
        return aggregates.stream().flatMap(a -> a.filterFields().stream()).anyMatch(FieldModel::isBoolean);
    }

    public boolean anyDateFilter() {
        return aggregates.stream().flatMap(a -> a.filterFields().stream()).anyMatch(FieldModel::isDate);
    }

    public String aggregateNames() {
        return String.join(", ", aggregates.stream().map(AggregateModel::name).toList());
    }

    public List<PermissionModel> allPermissions() {
        List<PermissionModel> all = aggregates.stream().flatMap(a -> a.permissions().stream()).toList();
        List<PermissionModel> marked = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            PermissionModel p = all.get(i);
            marked.add(new PermissionModel(p.constant(), p.code(), p.action(), i == all.size() - 1));
        }
        return marked;
    }

    public String rootMenuId() {
        return menuIds.entry(1).toString();
    }

    /** The root directory, then each aggregate's screen and its four buttons (read, create, update, delete). */
    public List<MenuModel> menus() {
        List<MenuModel> menus = new ArrayList<>();
        menus.add(new MenuModel(rootMenuId(), "ROOT", null, moduleTitle(), "DIRECTORY", "/" + context(), null, null, null,
                context(), 10, true, false, false, false));
        for (AggregateModel a : aggregates) {
            int base = 0x10 * a.number();
            String screen = a.constantPrefix() + "_MENU";
            PermissionModel list = a.permissions().get(0);
            menus.add(new MenuModel(menuIds.entry(base).toString(), screen, "ROOT", a.pluralTitle(), "MENU",
                    a.resource(), context() + "/" + a.resource() + "/index", list.code(), list.constant(),
                    a.resource(), a.number(), false, true, false, false));
            List<PermissionModel> buttons = a.permissions().subList(1, 5);
            for (int i = 0; i < buttons.size(); i++) {
                PermissionModel p = buttons.get(i);
                String name = Naming.words(p.action()) + " " + a.words();
                menus.add(new MenuModel(menuIds.entry(base + i + 1).toString(), null, screen, name, "BUTTON", null,
                        null, p.code(), p.constant(), null, i + 1, false, false, true, false));
            }
        }
        MenuModel last = menus.remove(menus.size() - 1);
        menus.add(new MenuModel(last.id(), last.constant(), last.parentConstant(), last.name(), last.type(),
                last.path(), last.component(), last.permission(), last.permissionConstant(), last.icon(), last.sort(),
                last.directory(), last.screen(), last.button(), true));
        return menus;
    }

    /** Every event type the module records, for {@code events()}. */
    public List<EventModel> events() {
        List<EventModel> events = new ArrayList<>();
        for (AggregateModel a : aggregates) {
            for (String kind : List.of("Created", "Changed", "Deleted")) {
                events.add(new EventModel(a.name() + kind, a.name() + "Id", false));
            }
        }
        EventModel last = events.remove(events.size() - 1);
        events.add(new EventModel(last.type(), last.idType(), true));
        return events;
    }
}
