package dev.bastion.tools.codegen.spec;

import dev.bastion.tools.codegen.SpecException;
import dev.bastion.tools.codegen.SpecProblem;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a {@link SpecTree} into a {@link ModuleSpec}, or refuses it with every problem found (each
 * with its line and path). Everything the generated code or SQL will spell comes from a name checked
 * here against a strict shape and the reserved lists, so nothing of the spec reaches them unchecked.
 */
public final class SpecValidator {

    static final Pattern CONTEXT_SHAPE = Pattern.compile("[a-z][a-z0-9]{0,29}");
    static final Pattern AGGREGATE_SHAPE = Pattern.compile("[A-Z][A-Za-z0-9]*");
    static final Pattern FIELD_SHAPE = Pattern.compile("[a-z][A-Za-z0-9]*");
    static final Pattern ENUM_VALUE_SHAPE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
    private static final Pattern QUOTE_SEMICOLON_OR_SPACE = Pattern.compile("['\"`;\\s]");

    static final int MAX_NAME = 40;
    static final int MAX_AGGREGATES = 20;
    static final int MAX_FIELDS = 60;
    static final int MAX_ENUM_VALUES = 100;
    static final int MAX_UNIQUE_KEYS = 5;
    static final int MAX_KEY_FIELDS = 4;
    static final int MAX_STRING_LENGTH = 4000;
    static final int DEFAULT_STRING_LENGTH = 255;
    static final int MAX_PRECISION = 38;
    static final int DEFAULT_PRECISION = 19;
    static final int DEFAULT_SCALE = 2;

    private static final Set<String> MODULE_KEYS = Set.of("context", "aggregates");
    private static final Set<String> AGGREGATE_KEYS = Set.of("name", "ownedByDepartment", "softDelete", "shape",
            "parent", "uniqueKeys", "fields");
    private static final Set<String> FIELD_KEYS = Set.of("name", "type", "required", "maxLength", "precision",
            "scale", "min", "max", "values", "default", "search", "filter");

    private final SpecTree tree;
    private final List<SpecProblem> problems = new ArrayList<>();

    private SpecValidator(SpecTree tree) {
        this.tree = tree;
    }

    public static ModuleSpec validate(SpecTree tree) {
        SpecValidator validator = new SpecValidator(tree);
        ModuleSpec spec = validator.module();
        if (!validator.problems.isEmpty()) {
            throw new SpecException(validator.problems);
        }
        return spec;
    }

    private ModuleSpec module() {
        Map<String, Object> root = mapping("", tree.root());
        if (root == null) {
            return null;
        }
        unknownKeys("", root, MODULE_KEYS);
        String context = name("context", root.get("context"), CONTEXT_SHAPE, 30,
                "a lower-case letter, then lower-case letters and digits");
        if (context != null) {
            if (ReservedNames.in(ReservedNames.JAVA, context)) {
                problem("context", "\"" + context + "\" is a Java reserved word");
            } else if (ReservedNames.in(ReservedNames.TAKEN_CONTEXTS, context)) {
                problem("context", "\"" + context + "\" is taken by the core or a shipped module");
            } else if (ReservedNames.in(ReservedNames.SQL, context)) {
                problem("context", "\"" + context + "\" is an SQL reserved word");
            }
        }
        List<Object> items = list("aggregates", root.get("aggregates"), 1, MAX_AGGREGATES);
        Map<String, AggregateSpec> aggregates = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String path = "aggregates[" + i + "]";
            AggregateSpec aggregate = aggregate(path, items.get(i));
            if (aggregate != null) {
                aggregates.put(path, aggregate);
            }
        }
        crossChecks(context, aggregates);
        return problems.isEmpty() ? new ModuleSpec(context, List.copyOf(aggregates.values())) : null;
    }

    private AggregateSpec aggregate(String path, Object value) {
        Map<String, Object> map = mapping(path, value);
        if (map == null) {
            return null;
        }
        unknownKeys(path, map, AGGREGATE_KEYS);
        String name = name(path + ".name", map.get("name"), AGGREGATE_SHAPE, MAX_NAME,
                "PascalCase: an upper-case letter, then letters and digits");
        if (name != null) {
            if (ReservedNames.in(ReservedNames.JAVA, name)) {
                problem(path + ".name", "\"" + name + "\" is a Java reserved word (the code names its variables after it)");
            } else if (ReservedNames.in(ReservedNames.TAKEN_TYPES, name)) {
                problem(path + ".name", "\"" + name + "\" is a type the generated code uses itself");
            }
        }
        boolean ownedByDepartment = flag(path + ".ownedByDepartment", map.get("ownedByDepartment"), false);
        boolean softDelete = flag(path + ".softDelete", map.get("softDelete"), true);
        Shape shape = shape(path + ".shape", map.get("shape"));
        String parent = map.get("parent") == null ? null
                : name(path + ".parent", map.get("parent"), AGGREGATE_SHAPE, MAX_NAME, "an aggregate's name");
        List<FieldSpec> fields = fields(path + ".fields", map.get("fields"), parent);
        List<List<String>> uniqueKeys = uniqueKeys(path + ".uniqueKeys", map.get("uniqueKeys"), fields);
        if (name == null || shape == null) {
            return null;
        }
        return new AggregateSpec(name, ownedByDepartment, softDelete, shape, parent, uniqueKeys, fields);
    }

    private Shape shape(String path, Object value) {
        if (value == null) {
            return Shape.FLAT;
        }
        String text = text(path, value);
        if ("flat".equals(text)) {
            return Shape.FLAT;
        }
        if ("tree".equals(text)) {
            return Shape.TREE;
        }
        if (text != null) {
            problem(path, "must be flat or tree");
        }
        return null;
    }

    private List<FieldSpec> fields(String path, Object value, String parent) {
        List<Object> items = list(path, value, 1, MAX_FIELDS);
        List<FieldSpec> fields = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        String parentIdField = parent == null ? null : Naming.camel(parent) + "Id";
        for (int i = 0; i < items.size(); i++) {
            String fieldPath = path + "[" + i + "]";
            FieldSpec field = field(fieldPath, items.get(i));
            if (field == null) {
                continue;
            }
            String key = field.name().toLowerCase(Locale.ROOT);
            if (seen.containsKey(key)) {
                problem(fieldPath + ".name", "\"" + field.name() + "\" is a duplicate of " + seen.get(key)
                        + " (names are compared ignoring case)");
                continue;
            }
            if (field.name().equalsIgnoreCase(parentIdField)) {
                problem(fieldPath + ".name", "\"" + field.name() + "\" is the field the generated code adds for the parent "
                        + parent);
                continue;
            }
            seen.put(key, fieldPath + ".name");
            fields.add(field);
        }
        return fields;
    }

    private FieldSpec field(String path, Object value) {
        Map<String, Object> map = mapping(path, value);
        if (map == null) {
            return null;
        }
        unknownKeys(path, map, FIELD_KEYS);
        String name = name(path + ".name", map.get("name"), FIELD_SHAPE, MAX_NAME,
                "camelCase: a lower-case letter, then letters and digits");
        if (name != null) {
            if (ReservedNames.in(ReservedNames.JAVA, name)) {
                problem(path + ".name", "\"" + name + "\" is a Java reserved word");
                name = null;
            } else if (ReservedNames.in(ReservedNames.GENERATED_FIELDS, name)) {
                problem(path + ".name", "\"" + name + "\" is a name the generated code uses itself");
                name = null;
            } else if (ReservedNames.in(ReservedNames.SQL, Naming.snake(name))) {
                problem(path + ".name", "\"" + Naming.snake(name) + "\" (its column) is an SQL reserved word");
                name = null;
            }
        }
        String typeName = text(path + ".type", map.get("type"));
        FieldType type = null;
        if (typeName != null) {
            type = FieldType.bySpecName(typeName).orElse(null);
            if (type == null) {
                problem(path + ".type", "unknown type \"" + printable(typeName) + "\"; one of string, text, integer, "
                        + "long, decimal, boolean, date, instant, enum");
            }
        }
        boolean required = flag(path + ".required", map.get("required"), false);
        boolean search = flag(path + ".search", map.get("search"), false);
        boolean filter = flag(path + ".filter", map.get("filter"), false);
        if (type == null) {
            return null;
        }
        Integer maxLength = onlyFor(path, map, "maxLength", type == FieldType.STRING, "string fields")
                ? whole(path + ".maxLength", map.get("maxLength"), 1, MAX_STRING_LENGTH, DEFAULT_STRING_LENGTH) : null;
        boolean decimal = type == FieldType.DECIMAL;
        Integer precision = onlyFor(path, map, "precision", decimal, "decimal fields")
                ? whole(path + ".precision", map.get("precision"), 1, MAX_PRECISION, DEFAULT_PRECISION) : null;
        Integer scale = onlyFor(path, map, "scale", decimal, "decimal fields") && precision != null
                ? whole(path + ".scale", map.get("scale"), 0, precision, Math.min(DEFAULT_SCALE, precision)) : null;
        BigDecimal min = onlyFor(path, map, "min", type.isNumber(), "number fields")
                ? bound(path + ".min", map.get("min"), type, precision, scale) : null;
        BigDecimal max = onlyFor(path, map, "max", type.isNumber(), "number fields")
                ? bound(path + ".max", map.get("max"), type, precision, scale) : null;
        if (min != null && max != null && min.compareTo(max) > 0) {
            problem(path + ".max", "must not be less than min");
        }
        List<String> values = onlyFor(path, map, "values", type == FieldType.ENUM, "enum fields")
                ? enumValues(path + ".values", map.get("values")) : List.of();
        String defaultValue = defaultValue(path, map, type, values);
        if (search && !type.isText()) {
            problem(path + ".search", "applies to string and text fields only");
        }
        if (filter && (type == FieldType.TEXT || type == FieldType.DECIMAL || type == FieldType.INSTANT)) {
            problem(path + ".filter", "applies to enum, boolean, string, integer, long and date fields only");
        }
        if (name == null) {
            return null;
        }
        return new FieldSpec(name, type, required, maxLength, precision, scale, min, max, values, defaultValue,
                search, filter);
    }

    /** Whether the key applies to this field; given where it does not apply is a problem. */
    private boolean onlyFor(String path, Map<String, Object> map, String key, boolean applies, String which) {
        if (!applies && map.containsKey(key)) {
            problem(path + "." + key, "applies to " + which + " only");
        }
        return applies;
    }

    private BigDecimal bound(String path, Object value, FieldType type, Integer precision, Integer scale) {
        if (value == null) {
            return null;
        }
        BigDecimal number = number(path, value);
        if (number == null) {
            return null;
        }
        if (type == FieldType.DECIMAL) {
            if (precision == null || scale == null) {
                return null;
            }
            if (number.stripTrailingZeros().scale() > scale) {
                problem(path, "has more than " + scale + " decimals (the field's scale)");
                return null;
            }
            if (number.setScale(scale).precision() > precision) {
                problem(path, "has more digits than the field's precision (" + precision + ")");
                return null;
            }
            return number.setScale(scale);
        }
        BigInteger whole;
        try {
            whole = number.toBigIntegerExact();
        } catch (ArithmeticException e) {
            problem(path, "must be a whole number");
            return null;
        }
        long limit = type == FieldType.INTEGER ? Integer.MAX_VALUE : Long.MAX_VALUE;
        if (whole.abs().compareTo(BigInteger.valueOf(limit)) > 0) {
            problem(path, "does not fit a " + type.specName() + " (at most " + limit + " either way)");
            return null;
        }
        return new BigDecimal(whole);
    }

    private List<String> enumValues(String path, Object value) {
        if (value == null) {
            problem(path, "is required for an enum field");
            return List.of();
        }
        List<Object> items = list(path, value, 1, MAX_ENUM_VALUES);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String itemPath = path + "[" + i + "]";
            String constant = name(itemPath, items.get(i), ENUM_VALUE_SHAPE, MAX_NAME,
                    "UPPER_SNAKE: upper-case letters and digits in words joined by single '_'");
            if (constant == null) {
                continue;
            }
            if (values.contains(constant)) {
                problem(itemPath, "\"" + constant + "\" is given twice");
            } else {
                values.add(constant);
            }
        }
        return values;
    }

    private String defaultValue(String path, Map<String, Object> map, FieldType type, List<String> values) {
        Object value = map.get("default");
        if (value == null) {
            return null;
        }
        String defaultPath = path + ".default";
        if (type == FieldType.BOOLEAN) {
            if (value instanceof Boolean b) {
                return b.toString();
            }
            problem(defaultPath, "must be true or false");
            return null;
        }
        if (type == FieldType.ENUM) {
            String text = text(defaultPath, value);
            if (text != null && !values.contains(text)) {
                problem(defaultPath, "must be one of the values");
                return null;
            }
            return text;
        }
        problem(defaultPath, "applies to enum and boolean fields only");
        return null;
    }

    private List<List<String>> uniqueKeys(String path, Object value, List<FieldSpec> fields) {
        if (value == null) {
            return List.of();
        }
        List<Object> keys = list(path, value, 0, MAX_UNIQUE_KEYS);
        List<List<String>> result = new ArrayList<>();
        Set<Set<String>> seen = new HashSet<>();
        for (int i = 0; i < keys.size(); i++) {
            String keyPath = path + "[" + i + "]";
            List<Object> names = list(keyPath, keys.get(i), 1, MAX_KEY_FIELDS);
            List<String> key = new ArrayList<>();
            for (int j = 0; j < names.size(); j++) {
                String namePath = keyPath + "[" + j + "]";
                String name = name(namePath, names.get(j), FIELD_SHAPE, MAX_NAME, "a field's name");
                if (name == null) {
                    continue;
                }
                FieldSpec field = fields.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
                if (field == null) {
                    problem(namePath, "\"" + name + "\" is not a field of this aggregate");
                } else if (field.type() == FieldType.TEXT) {
                    problem(namePath, "\"" + name + "\" is a text field; a unique key takes no text field");
                } else if (key.contains(name)) {
                    problem(namePath, "\"" + name + "\" is given twice in this key");
                } else {
                    key.add(name);
                }
            }
            if (key.size() == names.size() && !key.isEmpty()) {
                if (!seen.add(Set.copyOf(key))) {
                    problem(keyPath, "the same key is given twice");
                } else {
                    result.add(key);
                }
            }
        }
        return result;
    }

    /** What needs every aggregate: unique names, parents, and the class names the generator derives. */
    private void crossChecks(String context, Map<String, AggregateSpec> aggregates) {
        Map<String, String> byName = new HashMap<>();
        aggregates.forEach((path, a) -> {
            String key = a.name().toLowerCase(Locale.ROOT);
            if (byName.containsKey(key)) {
                problem(path + ".name", "\"" + a.name() + "\" is a duplicate of " + byName.get(key)
                        + " (names are compared ignoring case)");
            } else {
                byName.put(key, path + ".name");
            }
        });
        Map<String, AggregateSpec> named = new HashMap<>();
        aggregates.values().forEach(a -> named.putIfAbsent(a.name(), a));
        aggregates.forEach((path, a) -> {
            if (a.parent() == null) {
                return;
            }
            AggregateSpec parent = named.get(a.parent());
            if (a.parent().equals(a.name())) {
                problem(path + ".parent", "an aggregate cannot be its own parent (a tree shape puts records under others of their kind)");
            } else if (parent == null) {
                problem(path + ".parent", "\"" + a.parent() + "\" is not an aggregate of this spec");
            } else if (parent.parent() != null) {
                problem(path + ".parent", "\"" + a.parent() + "\" belongs to a parent itself; one level only");
            } else if (a.ownedByDepartment()) {
                problem(path + ".ownedByDepartment", "an aggregate with a parent follows its parent's data scope; "
                        + "it cannot be owned by a department itself");
            } else if (a.shape() == Shape.TREE) {
                problem(path + ".shape", "an aggregate with a parent must be flat");
            }
        });
        if (context != null) {
            generatedTypes(context, aggregates);
        }
    }

    private void generatedTypes(String context, Map<String, AggregateSpec> aggregates) {
        Map<String, String> owners = new HashMap<>();
        String module = Naming.pascal(context);
        for (String suffix : List.of("Module", "Permissions", "World", "Fixtures", "ModuleTest", "IdMappings",
                "QueryValues", "Wiring")) {
            owners.put((module + suffix).toLowerCase(Locale.ROOT), "context");
        }
        aggregates.forEach((path, a) -> {
            for (String type : GeneratedTypes.of(a)) {
                String owner = owners.putIfAbsent(type.toLowerCase(Locale.ROOT), path + ".name");
                if (owner != null) {
                    problem(path + ".name", "the generated class " + type + " clashes with one " + owner
                            + " already generates");
                } else if (ReservedNames.in(ReservedNames.TAKEN_TYPES, type) && !type.equals(a.name())) {
                    problem(path + ".name", "the generated class " + type + " would shadow a type the code uses");
                }
            }
        });
    }

    // --- reading values -------------------------------------------------------------------------

    private void unknownKeys(String path, Map<String, Object> map, Set<String> known) {
        for (String key : map.keySet()) {
            if (!known.contains(key)) {
                String keyPath = path.isEmpty() ? printable(key) : path + "." + printable(key);
                problem(keyPath, "unknown key; the known ones are " + String.join(", ", known.stream().sorted().toList()));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> mapping(String path, Object value) {
        if (value instanceof Map<?, ?> map) {
            if (map.keySet().stream().allMatch(String.class::isInstance)) {
                return (Map<String, Object>) map;
            }
        }
        problem(path, value == null ? "is required" : "must be a mapping of keys to values");
        return null;
    }

    @SuppressWarnings("unchecked")
    private List<Object> list(String path, Object value, int min, int max) {
        if (!(value instanceof List<?> list)) {
            problem(path, value == null ? "is required" : "must be a list");
            return List.of();
        }
        if (list.size() < min || list.size() > max) {
            problem(path, "must hold " + min + " to " + max + " entries");
            return List.of();
        }
        return (List<Object>) list;
    }

    private String text(String path, Object value) {
        if (value == null) {
            problem(path, "is required");
            return null;
        }
        if (!(value instanceof String text)) {
            problem(path, "must be text");
            return null;
        }
        return text;
    }

    /** A name the generated code will spell: text of the shape, no quote, semicolon or space, at most {@code maxLength}. */
    private String name(String path, Object value, Pattern shape, int maxLength, String shapeText) {
        String text = text(path, value);
        if (text == null) {
            return null;
        }
        if (QUOTE_SEMICOLON_OR_SPACE.matcher(text).find()) {
            problem(path, "\"" + printable(text) + "\" must not contain a quote, a semicolon or a space");
            return null;
        }
        if (text.isEmpty() || text.length() > maxLength) {
            problem(path, "must be 1 to " + maxLength + " characters");
            return null;
        }
        if (!shape.matcher(text).matches()) {
            problem(path, "\"" + printable(text) + "\" must be " + shapeText);
            return null;
        }
        return text;
    }

    private boolean flag(String path, Object value, boolean absent) {
        if (value == null) {
            return absent;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        problem(path, "must be true or false");
        return absent;
    }

    private Integer whole(String path, Object value, int min, int max, int absent) {
        if (value == null) {
            return absent;
        }
        BigDecimal number = number(path, value);
        if (number == null) {
            return null;
        }
        if (number.stripTrailingZeros().scale() > 0 || number.compareTo(BigDecimal.valueOf(min)) < 0
                || number.compareTo(BigDecimal.valueOf(max)) > 0) {
            problem(path, "must be a whole number from " + min + " to " + max);
            return null;
        }
        return number.intValueExact();
    }

    /** A number as YAML (BigDecimal) or JSON (Integer, Long, Double, BigInteger, BigDecimal) gives it. */
    private BigDecimal number(String path, Object value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        if ((value instanceof Double || value instanceof Float) && Double.isFinite(((Number) value).doubleValue())) {
            return new BigDecimal(value.toString());
        }
        problem(path, "must be a number");
        return null;
    }

    /** Spec text quoted back in a message: control characters shown as '?', at most 60 characters. */
    private static String printable(String text) {
        String shown = text.length() > 60 ? text.substring(0, 60) + "…" : text;
        return shown.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private void problem(String path, String message) {
        problems.add(new SpecProblem(tree.lineOf(path), Objects.requireNonNull(path), message));
    }
}
