package dev.bastion.tools.codegen.model;

import dev.bastion.tools.codegen.spec.AggregateSpec;
import dev.bastion.tools.codegen.spec.FieldSpec;
import dev.bastion.tools.codegen.spec.FieldType;
import dev.bastion.tools.codegen.spec.ModuleSpec;
import dev.bastion.tools.codegen.spec.Naming;
import dev.bastion.tools.codegen.spec.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * One aggregate as the templates need it: its class names, table and columns, permission codes,
 * the flags that pick the variants (department-owned, belonging to a parent, tree-shaped, soft
 * delete) and the typed lists templates join.
 */
public final class AggregateModel {

    private final AggregateSpec spec;
    private final String context;
    private final List<FieldModel> fields;
    private final AggregateRef parent;
    private final List<AggregateRef> children;
    private final int number;
    private final boolean last;

    AggregateModel(ModuleSpec module, AggregateSpec spec, int number, boolean last) {
        this.spec = spec;
        this.last = last;
        this.context = module.context();
        this.number = number;
        List<FieldModel> models = new ArrayList<>();
        String sortKey = sortFieldName(spec);
        for (int i = 0; i < spec.fields().size(); i++) {
            models.add(new FieldModel(spec.fields().get(i), spec.name(), i == 0, i == spec.fields().size() - 1,
                    spec.fields().get(i).name().equals(sortKey)));
        }
        this.fields = List.copyOf(models);
        this.parent = spec.parentName().map(p -> AggregateRef.of(module.context(), module.aggregate(p), p)).orElse(null);
        this.children = module.childrenOf(spec).stream().map(c -> AggregateRef.of(module.context(), c, spec.name()))
                .toList();
    }

    public String name() {
        return spec.name();
    }

    public String camel() {
        return Naming.camel(spec.name());
    }

    public String plural() {
        return Naming.plural(spec.name());
    }

    public String pluralCamel() {
        return Naming.camel(plural());
    }

    /** "purchase order", for messages. */
    public String words() {
        return Naming.words(spec.name()).toLowerCase(Locale.ROOT);
    }

    /** "an asset", "a purchase order". */
    public String aWords() {
        return Naming.withArticle(words());
    }

    /** "An asset", "A purchase order". */
    public String aWordsCapital() {
        return Naming.pascal(aWords());
    }

    /** "Purchase orders", for a menu. */
    public String pluralTitle() {
        return Naming.words(plural());
    }

    public String title() {
        return Naming.words(spec.name());
    }

    /** Position in the spec, from 1: its menu entries are numbered from 0x10 × number. */
    public int number() {
        return number;
    }

    /** The last aggregate of the module (templates join aggregates with commas). */
    public boolean last() {
        return last;
    }

    /** {@code <context>_<snake plural>}: the module's name first, so no two modules' tables collide. */
    public String table() {
        return context + "_" + Naming.snake(plural());
    }

    /** The permission codes' middle segment and the REST path segment: kebab-case. */
    public String resource() {
        return Naming.kebab(spec.name());
    }

    public String restPath() {
        return "/api/v1/" + context + "/" + Naming.kebab(plural());
    }

    public String constantPrefix() {
        return Naming.constant(spec.name());
    }

    public boolean owned() {
        return spec.ownedByDepartment();
    }

    public AggregateRef parent() {
        return parent;
    }

    /** The field holding its parent's id ({@code warehouseId}), or null. */
    public String parentIdField() {
        return parent == null ? null : parent.idField();
    }

    public String parentName() {
        return parent == null ? null : parent.name();
    }

    /** Deleting it may be refused: others are under it or belong to it. */
    public boolean deleteRefusable() {
        return tree() || hasChildren();
    }

    /** Creating or updating it checks a reference (a department, a parent) and may refuse it. */
    public boolean checksReferences() {
        return owned() || hasParent() || tree();
    }

    public boolean hasParent() {
        return parent != null;
    }

    /** Its records follow the data scope of their parent's department. */
    public boolean viaParent() {
        return parent != null && parent.owned();
    }

    /** The data scope applies to it, directly or through its parent. */
    public boolean scoped() {
        return owned() || viaParent();
    }

    public List<AggregateRef> children() {
        return children;
    }

    public boolean hasChildren() {
        return !children.isEmpty();
    }

    public boolean tree() {
        return spec.shape() == Shape.TREE;
    }

    public boolean flat() {
        return spec.shape() == Shape.FLAT;
    }

    public boolean softDelete() {
        return spec.softDelete();
    }

    public boolean hardDelete() {
        return !spec.softDelete();
    }

    public List<FieldModel> fields() {
        return fields;
    }

    public List<FieldModel> enums() {
        return fields.stream().filter(FieldModel::isEnum).toList();
    }

    public List<FieldModel> searchFields() {
        return fields.stream().filter(FieldModel::search).toList();
    }

    public String searchFieldsText() {
        return String.join(", ", searchFields().stream().map(FieldModel::name).toList());
    }

    public boolean hasSearch() {
        return !searchFields().isEmpty();
    }

    public List<FieldModel> filterFields() {
        return fields.stream().filter(FieldModel::filter).toList();
    }

    public List<FieldModel> requiredFields() {
        return fields.stream().filter(FieldModel::requiredWithoutDefault).toList();
    }

    public List<FieldModel> stringFields() {
        return fields.stream().filter(f -> f.isString() || f.isText()).toList();
    }

    public List<FieldModel> decimalFields() {
        return fields.stream().filter(FieldModel::isDecimal).toList();
    }

    public List<FieldModel> boundedFields() {
        return fields.stream().filter(f -> f.hasMin() || f.hasMax()).toList();
    }

    public List<UniqueKeyModel> uniqueKeys() {
        List<UniqueKeyModel> keys = new ArrayList<>();
        for (List<String> key : spec.uniqueKeys()) {
            List<FieldModel> keyFields = key.stream().map(this::field).toList();
            String columns = String.join("_", keyFields.stream().map(FieldModel::column).toList());
            String index = table() + "_" + columns + "_key";
            keys.add(new UniqueKeyModel(keyFields, keyFields.get(0),
                    index.length() <= 63 ? index : table() + "_key" + (keys.size() + 1),
                    String.join(", ", key)));
        }
        return keys;
    }

    public boolean hasUniqueKeys() {
        return !spec.uniqueKeys().isEmpty();
    }

    /** What listings sort by: the first field of the first unique key, else the first required non-boolean field, else none (by id). */
    public FieldModel sortField() {
        String name = sortFieldName(spec);
        return name == null ? null : field(name);
    }

    private static String sortFieldName(AggregateSpec spec) {
        if (!spec.uniqueKeys().isEmpty()) {
            return spec.uniqueKeys().get(0).get(0);
        }
        return spec.fields().stream().filter(f -> f.required() && f.defaultValue() == null
                && f.type() != FieldType.BOOLEAN)
                .map(FieldSpec::name).findFirst().orElse(null);
    }

    public boolean usesBigDecimal() {
        return fields.stream().anyMatch(FieldModel::isDecimal);
    }

    public boolean usesLocalDate() {
        return fields.stream().anyMatch(FieldModel::isDate);
    }

    public boolean usesInstantField() {
        return fields.stream().anyMatch(FieldModel::isInstant);
    }

    public boolean usesRoundingMode() {
        return usesBigDecimal();
    }

    public boolean usesPrintableText() {
        return fields.stream().anyMatch(FieldModel::isString);
    }

    /** Some field has a default or is a boolean: the details use {@code Objects.requireNonNullElse}. */
    public boolean usesObjects() {
        return fields.stream().anyMatch(f -> f.isEnum() && f.hasDefault());
    }

    /** The listing query's components: the search text, each filter, the department, the parent. */
    public List<Param> queryComponents() {
        List<Param> params = new ArrayList<>();
        if (hasSearch()) {
            params.add(new Param("String", "search", null, false));
        }
        filterFields().forEach(f -> params.add(new Param(f.boxedType(), f.name(), null, false)));
        if (owned()) {
            params.add(new Param("DeptId", "deptId", null, false));
        }
        if (parent != null) {
            params.add(new Param(parent.name() + "Id", parent.idField(), null, false));
        }
        return lastMarked(params);
    }

    /** The query's arguments with {@code expr} for {@code component} and null for the others. */
    private List<Arg> queryWith(String component, String expr) {
        List<Param> components = queryComponents();
        List<Arg> args = new ArrayList<>();
        for (int i = 0; i < components.size(); i++) {
            args.add(new Arg(components.get(i).name().equals(component) ? expr : "null", i == components.size() - 1));
        }
        return args;
    }

    /** A query on {@code text} only (the generated tests search with it). */
    public List<Arg> searchQueryArgs() {
        return queryWith("search", "text");
    }

    /** A query on the department {@code dept} only. */
    public List<Arg> deptQueryArgs() {
        return queryWith("deptId", "dept");
    }

    /** A query on the parent {@code owner} only. */
    public List<Arg> parentQueryArgs() {
        return parent == null ? List.of() : queryWith(parent.idField(), "owner");
    }

    /** For each field that cannot be empty: an update's field patches clearing it and leaving the others out. */
    public List<ClearCase> clearCases() {
        return fields.stream().filter(FieldModel::nonNull).map(cleared -> new ClearCase(cleared, fields.stream()
                .map(f -> new Arg(f == cleared ? "FieldPatch.of(null)" : "FieldPatch.absent()", f.last())).toList()))
                .toList();
    }

    public List<FilterCase> filterCases() {
        return filterFields().stream().map(f -> new FilterCase(f, queryWith(f.name(), "value"))).toList();
    }

    public FieldModel firstSearchField() {
        return searchFields().isEmpty() ? null : searchFields().get(0);
    }

    public UniqueKeyModel firstUniqueKey() {
        return uniqueKeys().isEmpty() ? null : uniqueKeys().get(0);
    }

    public FieldModel firstField() {
        return fields.get(0);
    }

    public boolean hasQueryComponents() {
        return !queryComponents().isEmpty();
    }

    /** The service's constructor parameters, in order. */
    public List<Param> serviceParams() {
        List<Param> params = new ArrayList<>();
        params.add(new Param(name() + "Repository", pluralCamel(), camel() + "Store", false));
        children.forEach(c -> params.add(new Param(c.name() + "Repository", c.pluralCamel(), c.camel() + "Store", false)));
        if (parent != null) {
            params.add(new Param(parent.name() + "Repository", parent.pluralCamel(), parent.camel() + "Store", false));
        }
        if (owned()) {
            params.add(new Param("DepartmentDirectory", "departments", "departmentDirectory", false));
        }
        if (scoped()) {
            params.add(new Param("GetUserAccess", "userAccess", "access", false));
        }
        params.add(new Param("Transactions", "transactions", "transactions", false));
        params.add(new Param("Clock", "clock", "clock", false));
        return lastMarked(params);
    }

    /** The listings' SQL order, agreeing with {@code LISTING_ORDER}: the sort field, then the id. */
    public String orderBy() {
        FieldModel sort = sortField();
        return sort == null ? "id ASC" : sort.orderExpression() + " ASC, id ASC";
    }

    /** The one {@code sort} a paged listing accepts (its order). */
    public String sortParameter() {
        FieldModel sort = sortField();
        return (sort == null ? "id" : sort.restName()) + ",asc";
    }

    /** The {@code AND deleted_at IS NULL} of a lookup: only soft-deleted rows stay in the table. */
    public String liveCondition() {
        return softDelete() ? " AND deleted_at IS NULL" : "";
    }

    /** The name of the index a listing in a department or under a parent walks. */
    public String indexName(String suffix) {
        String name = table() + "_" + suffix;
        return name.length() <= 63 ? name : table().substring(0, Math.min(table().length(), 50)) + "_" + number + "_"
                + suffix.substring(0, Math.min(suffix.length(), 8));
    }

    public String deptIndexName() {
        return indexName("dept");
    }

    public String parentIndexName() {
        return indexName(parent == null ? "parent" : parent.idColumn().replace("_id", ""));
    }

    public String treeIndexName() {
        return indexName("parent");
    }

    /** The listing index's columns after the department or parent column: the sort's, when it has one. */
    public String sortColumnsSuffix() {
        FieldModel sort = sortField();
        return sort == null ? "" : ", " + sort.column();
    }

    /** The row has a component that may be null. */
    public boolean rowUsesNullable() {
        return tree() || softDelete() || fields.stream().anyMatch(FieldModel::nullable);
    }

    /** A parent removed for good takes its children's deleted rows with it (its live ones refuse the removal). */
    public boolean parentHardDelete() {
        return parent != null && !parent.refSoftDelete();
    }

    /** The parent's column in its table ({@code warehouse_id}), or null. */
    public String parentIdColumn() {
        return parent == null ? null : parent.idColumn();
    }

    public String parentTable() {
        return parent == null ? null : parent.refTable();
    }

    /** The condition on the parent's row {@code p} in the scope's semi-join: it exists (soft deletion aside). */
    public String parentLiveSql() {
        return parent != null && parent.refSoftDelete() ? "p.deleted_at IS NULL" : "true";
    }

    /** The search's SQL: one substring test per searched field ({@code strpos}: no LIKE pattern to escape). */
    public String searchSql() {
        return String.join(" OR ", searchFields().stream()
                .map(f -> "strpos(lower(" + f.column() + "), lower(?)) > 0").toList());
    }

    /** "purchase orders", for an OpenAPI tag. */
    public String pluralWords() {
        return Naming.words(plural()).toLowerCase(Locale.ROOT);
    }

    /** Operation ids start with the module's name: unique across the whole API, the core's and other modules'. */
    public String operationPrefix() {
        return context;
    }

    /** The list operation's summary: its shape, order and filters. */
    public String listSummary() {
        FieldModel sort = sortField();
        String order = sort == null ? "by id" : "by " + sort.name();
        List<String> filters = new ArrayList<>();
        if (hasSearch()) {
            filters.add("search (" + String.join(" or ", searchFields().stream().map(FieldModel::name).toList())
                    + " contains, ignoring case)");
        }
        filterFields().forEach(f -> filters.add(f.name()));
        if (owned()) {
            filters.add("deptId");
        }
        if (parent != null) {
            filters.add(parent.idField());
        }
        String head = tree() ? "The " + words() + " tree: the top ones with their children, siblings " + order
                : pluralTitle() + ", paged, " + order;
        return filters.isEmpty() ? head : head + "; filters " + String.join(", ", filters);
    }

    public String deleteSummary() {
        String how = softDelete() ? "Delete " + aWords() + " (softly" + (hasUniqueKeys() ? ": its unique keys are free again)" : ")")
                : "Delete " + aWords() + " for good";
        if (tree()) {
            how += "; not while others are under it (409)";
        }
        if (hasChildren()) {
            how += "; not while " + String.join(" or ", children.stream().map(AggregateRef::pluralCamel).toList())
                    + " belong to it (409)";
        }
        return how;
    }

    public boolean hasEnums() {
        return !enums().isEmpty();
    }

    /** The list operation's query parameters for its filters, in the query's order. */
    public List<Arg> filterParameters() {
        List<FieldModel> filters = filterFields();
        List<Arg> params = new ArrayList<>();
        for (FieldModel f : filters) {
            params.add(new Arg(f.queryParameter(), false));
        }
        return params;
    }

    /** The listing query built from the query parameters, component by component. */
    public List<Arg> queryFromParameters() {
        List<String> exprs = new ArrayList<>();
        if (hasSearch()) {
            exprs.add("search");
        }
        for (FieldModel f : filterFields()) {
            String queryValues = Naming.pascal(context) + "QueryValues.";
            if (f.isEnum()) {
                exprs.add(name() + "Values." + f.name() + "(\"" + f.restName() + "\", " + f.name() + ")");
            } else if (f.isBoolean()) {
                exprs.add(queryValues + "bool(\"" + f.restName() + "\", " + f.name() + ")");
            } else if (f.isDate()) {
                exprs.add(queryValues + "date(\"" + f.restName() + "\", " + f.name() + ")");
            } else {
                exprs.add(f.name());
            }
        }
        if (owned()) {
            exprs.add("deptId == null ? null : DeptId.parse(\"deptId\", deptId)");
        }
        if (parent != null) {
            exprs.add(parent.idField() + " == null ? null : " + parent.name() + "Id.parse(\"" + parent.idField()
                    + "\", " + parent.idField() + ")");
        }
        List<Arg> args = new ArrayList<>();
        for (int i = 0; i < exprs.size(); i++) {
            args.add(new Arg(exprs.get(i), i == exprs.size() - 1));
        }
        return args;
    }

    /** Some filter is a boolean or a date: the controller reads it with the module's {@code QueryValues}. */
    public boolean usesQueryValues() {
        return filterFields().stream().anyMatch(f -> f.isBoolean() || f.isDate());
    }

    public boolean hasStringQuery() {
        return hasSearch() || filterFields().stream().anyMatch(FieldModel::isString);
    }

    public boolean hasEnumFilter() {
        return filterFields().stream().anyMatch(FieldModel::isEnum);
    }

    public boolean hasSchemaFilter() {
        return filterFields().stream().anyMatch(f -> f.isEnum() || f.isBoolean() || f.isDate());
    }

    /** The longest search a listing takes: the longest text it searches (at most 200). */
    public int searchMaxLength() {
        return Math.min(200, searchFields().stream().mapToInt(FieldModel::maxLength).max().orElse(200));
    }

    /** Imports of the creation body: its fields' annotations and the references it carries. */
    public List<String> createRequestImports() {
        Set<String> imports = new TreeSet<>(List.of("io.micronaut.serde.annotation.Serdeable"));
        fields.forEach(f -> imports.addAll(RequestAnnotations.forCreate(f).imports()));
        if (owned() || parent != null) {
            imports.add("jakarta.validation.constraints.NotBlank");
            imports.add("jakarta.validation.constraints.Size");
        }
        if (tree()) {
            imports.add("io.micronaut.core.annotation.Nullable");
            imports.add("jakarta.validation.constraints.Size");
        }
        imports.addAll(valueTypeImports());
        return List.copyOf(imports);
    }

    /** Imports of the update body. */
    public List<String> updateRequestImports() {
        Set<String> imports = new TreeSet<>(List.of("io.micronaut.serde.annotation.Serdeable",
                "com.fasterxml.jackson.annotation.JsonIgnore", "dev.bastion.adapters.rest.json.PatchRequest",
                "dev.bastion.adapters.rest.json.SentFields", "io.micronaut.core.annotation.Nullable",
                "io.swagger.v3.oas.annotations.media.Schema", "jakarta.validation.constraints.Min",
                "jakarta.validation.constraints.NotNull"));
        fields.forEach(f -> imports.addAll(RequestAnnotations.forUpdate(f).imports()));
        if (owned() || tree()) {
            imports.add("jakarta.validation.constraints.Size");
        }
        imports.addAll(valueTypeImports());
        return List.copyOf(imports);
    }

    private Set<String> valueTypeImports() {
        Set<String> imports = new TreeSet<>();
        if (usesBigDecimal()) {
            imports.add("java.math.BigDecimal");
        }
        if (usesLocalDate()) {
            imports.add("java.time.LocalDate");
        }
        if (usesInstantField()) {
            imports.add("java.time.Instant");
        }
        return imports;
    }

    public List<PermissionModel> permissions() {
        return List.of("list", "read", "create", "update", "delete").stream()
                .map(action -> new PermissionModel(constantPrefix() + "_" + action.toUpperCase(Locale.ROOT),
                        context + ":" + resource() + ":" + action, action, false))
                .toList();
    }

    private FieldModel field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("validated spec names an unknown field " + name));
    }

    static List<Param> lastMarked(List<Param> params) {
        List<Param> marked = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) {
            Param p = params.get(i);
            marked.add(new Param(p.type(), p.name(), p.worldArg(), i == params.size() - 1));
        }
        return marked;
    }
}
