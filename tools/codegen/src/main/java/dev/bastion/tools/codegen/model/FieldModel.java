package dev.bastion.tools.codegen.model;

import dev.bastion.tools.codegen.spec.FieldSpec;
import dev.bastion.tools.codegen.spec.FieldType;
import dev.bastion.tools.codegen.spec.Naming;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One field as every layer spells it: the Java name and type, the constants of its bounds, its
 * column and SQL type, its REST name, and the sample values the generated tests build records with
 * (Java expressions over an {@code int n}, distinct for distinct small n). Built from a validated
 * {@link FieldSpec} only, so every name here has the spec's safe shapes.
 */
public final class FieldModel {

    /** The longest text a {@code text} field takes, in characters. */
    public static final int MAX_TEXT = 100_000;

    private final FieldSpec spec;
    private final String owner;
    private final boolean first;
    private final boolean last;
    private final boolean sortKey;

    FieldModel(FieldSpec spec, String owner, boolean first, boolean last, boolean sortKey) {
        this.spec = spec;
        this.owner = owner;
        this.first = first;
        this.last = last;
        this.sortKey = sortKey;
    }

    /** The first field of its aggregate (the one the generated update test patches). */
    public boolean first() {
        return first;
    }

    /** The aggregate it belongs to (templates inside a field's section see the field's {@code name}). */
    public String owner() {
        return owner;
    }

    /** The last field of its aggregate (templates join fields with commas). */
    public boolean last() {
        return last;
    }

    public String name() {
        return spec.name();
    }

    public String pascal() {
        return Naming.pascal(spec.name());
    }

    public String constant() {
        return Naming.constant(spec.name());
    }

    public String label() {
        return Naming.words(spec.name()).toLowerCase(java.util.Locale.ROOT);
    }

    public String column() {
        return Naming.snake(spec.name());
    }

    /** The name in REST bodies and query parameters. */
    public String restName() {
        return spec.name();
    }

    public String specType() {
        return spec.type().specName();
    }

    public boolean isString() {
        return spec.type() == FieldType.STRING;
    }

    public boolean isText() {
        return spec.type() == FieldType.TEXT;
    }

    public boolean isInteger() {
        return spec.type() == FieldType.INTEGER;
    }

    public boolean isLong() {
        return spec.type() == FieldType.LONG;
    }

    public boolean isWholeNumber() {
        return isInteger() || isLong();
    }

    public boolean isDecimal() {
        return spec.type() == FieldType.DECIMAL;
    }

    public boolean isBoolean() {
        return spec.type() == FieldType.BOOLEAN;
    }

    public boolean isDate() {
        return spec.type() == FieldType.DATE;
    }

    public boolean isInstant() {
        return spec.type() == FieldType.INSTANT;
    }

    public boolean isEnum() {
        return spec.type() == FieldType.ENUM;
    }

    /** The type in the details, the view and the snapshot. */
    public String javaType() {
        return switch (spec.type()) {
            case STRING, TEXT -> "String";
            case INTEGER -> "Integer";
            case LONG -> "Long";
            case DECIMAL -> "BigDecimal";
            case BOOLEAN -> "boolean";
            case DATE -> "LocalDate";
            case INSTANT -> "Instant";
            case ENUM -> enumType();
        };
    }

    /** The type where it may be absent (a patch, a filter). */
    public String boxedType() {
        return isBoolean() ? "Boolean" : javaType();
    }

    public String enumType() {
        return isEnum() ? owner + pascal() : null;
    }

    public String sqlType() {
        return switch (spec.type()) {
            case STRING -> "varchar(" + spec.maxLength() + ")";
            case TEXT -> "text";
            case INTEGER -> "integer";
            case LONG -> "bigint";
            case DECIMAL -> "numeric(" + spec.precision() + "," + spec.scale() + ")";
            case BOOLEAN -> "boolean";
            case DATE -> "date";
            case INSTANT -> "timestamptz";
            case ENUM -> "varchar(" + spec.values().stream().mapToInt(String::length).max().orElse(1) + ")";
        };
    }

    /** The column is NOT NULL: the field always has a value. */
    public boolean nonNull() {
        return spec.required() || isBoolean() || hasDefault();
    }

    public boolean nullable() {
        return !nonNull();
    }

    public boolean required() {
        return spec.required();
    }

    /** Required and without a default: leaving it null is refused naming the field. */
    public boolean requiredWithoutDefault() {
        return spec.required() && !hasDefault() && !isBoolean();
    }

    public Integer maxLength() {
        return isText() ? MAX_TEXT : spec.maxLength();
    }

    public Integer precision() {
        return spec.precision();
    }

    public Integer scale() {
        return spec.scale();
    }

    public boolean hasMin() {
        return spec.min() != null;
    }

    public boolean hasMax() {
        return spec.max() != null;
    }

    /** The type of the MIN_/MAX_ constants. */
    public String boundType() {
        return isInteger() ? "int" : isLong() ? "long" : "BigDecimal";
    }

    public String minLiteral() {
        return literal(spec.min());
    }

    public String maxLiteral() {
        return literal(spec.max());
    }

    public String minText() {
        return spec.min() == null ? null : spec.min().toPlainString();
    }

    public String maxText() {
        return spec.max() == null ? null : spec.max().toPlainString();
    }

    /** A value one above the max still fits the Java type (a test can offer it). */
    public boolean testsAboveMax() {
        return hasMax() && !(isInteger() && spec.max().longValue() == Integer.MAX_VALUE)
                && !(isLong() && spec.max().longValue() == Long.MAX_VALUE);
    }

    public List<EnumValue> values() {
        List<EnumValue> values = new ArrayList<>();
        for (int i = 0; i < spec.values().size(); i++) {
            values.add(new EnumValue(spec.values().get(i), i == spec.values().size() - 1));
        }
        return values;
    }

    public String valuesText() {
        return String.join(", ", spec.values());
    }

    public boolean hasDefault() {
        return spec.defaultValue() != null;
    }

    /** The enum constant or the boolean literal a missing value takes. */
    public String defaultValue() {
        return spec.defaultValue();
    }

    public boolean booleanDefaultTrue() {
        return isBoolean() && "true".equals(spec.defaultValue());
    }

    public boolean search() {
        return spec.search();
    }

    public boolean filter() {
        return spec.filter();
    }

    /**
     * A valid value for the n-th test record, as a Java expression over an {@code int n ≥ 0}: distinct n
     * give distinct values as far as the field's bounds allow (the store contracts draw large n at
     * random, so that runs sharing a database rarely meet).
     */
    public String sample() {
        return switch (spec.type()) {
            case STRING -> {
                int room = Math.min(8, spec.maxLength() - 10);
                String prefix = spec.name().toLowerCase(java.util.Locale.ROOT).substring(0, Math.max(0,
                        Math.min(room, spec.name().length())));
                yield room > 0 ? "\"" + prefix + "\" + n"
                        : "Integer.toString(n % " + BigDecimal.TEN.pow(spec.maxLength()).min(
                                BigDecimal.valueOf(1_000_000_000)).toPlainString() + ")";
            }
            case TEXT -> "\"" + spec.name() + " number \" + n";
            case INTEGER -> hasMax() ? "(int) (" + lowest() + "L + Math.floorMod(n, " + span() + "L))"
                    : "(" + lowest() + " + n)";
            case LONG -> hasMax() ? "(" + lowest() + "L + Math.floorMod((long) n, " + span() + "L))"
                    : "(" + lowest() + "L + n)";
            case DECIMAL -> clamped("new BigDecimal(\"" + lowestDecimal().toPlainString()
                    + "\").add(BigDecimal.valueOf(n % 10, " + spec.scale() + "))");
            case BOOLEAN -> "(n % 2 == 0)";
            case DATE -> "LocalDate.of(2026, 1, 1).plusDays(n % 3650)";
            case INSTANT -> "Instant.parse(\"2026-01-01T00:00:00Z\").plusSeconds(n)";
            case ENUM -> enumType() + ".values()[n % " + enumType() + ".values().length]";
        };
    }

    /** Listings sort by it (text in byte order: its column is {@code COLLATE "C"}, as Java compares strings). */
    public boolean sortKey() {
        return sortKey;
    }

    /** The column's definition after its name in the migration: type, collation, NOT NULL, CHECK. */
    public String columnDefinition() {
        StringBuilder ddl = new StringBuilder(sqlType());
        if (sortKey && (isString() || isText())) {
            ddl.append(" COLLATE \"C\"");
        }
        if (nonNull()) {
            ddl.append(" NOT NULL");
        }
        List<String> checks = new ArrayList<>();
        if (isEnum()) {
            checks.add(column() + " IN (" + quotedValues() + ")");
        }
        if (hasMin()) {
            checks.add(column() + " >= " + spec.min().toPlainString());
        }
        if (hasMax()) {
            checks.add(column() + " <= " + spec.max().toPlainString());
        }
        if (isText()) {
            checks.add("char_length(" + column() + ") <= " + MAX_TEXT);
        }
        if (!checks.isEmpty()) {
            ddl.append(" CHECK (").append(String.join(" AND ", checks)).append(')');
        }
        return ddl.toString();
    }

    /** What SQL sorts by to agree with Java: an enum by its constants' order, not their names'. */
    public String orderExpression() {
        return isEnum() ? "array_position(ARRAY[" + quotedValues() + "]::varchar[], " + column() + ")" : column();
    }

    private String quotedValues() {
        return String.join(", ", spec.values().stream().map(v -> "'" + v + "'").toList());
    }

    /** The type of its component in the row record (an enum is stored by its constant's name). */
    public String rowType() {
        return switch (spec.type()) {
            case STRING, TEXT, ENUM -> "String";
            case INTEGER -> "Integer";
            case LONG -> "Long";
            case DECIMAL -> "BigDecimal";
            case BOOLEAN -> "Boolean";
            case DATE -> "LocalDate";
            case INSTANT -> "Instant";
        };
    }

    /** The details' argument read from {@code row}. */
    public String fromRow() {
        return isEnum() ? "row." + name() + "() == null ? null : " + enumType() + ".valueOf(row." + name() + "())"
                : "row." + name() + "()";
    }

    /** The type of its property in request bodies (an enum arrives as text, checked against its values). */
    public String requestType() {
        return switch (spec.type()) {
            case STRING, TEXT, ENUM -> "String";
            case BOOLEAN -> "Boolean";
            default -> javaType();
        };
    }

    /** The details' argument made from a creation body's property (a boolean left out takes its default). */
    public String fromCreateBody() {
        if (isBoolean()) {
            return booleanDefaultTrue() ? "body." + name() + "() == null || body." + name() + "()"
                    : "body." + name() + "() != null && body." + name() + "()";
        }
        return fromBody();
    }

    /** The patch's value made from an update body's property. */
    public String fromBody() {
        return isEnum() ? owner + "Values." + name() + "(\"" + restName() + "\", body." + name() + "())"
                : "body." + name() + "()";
    }

    /** The constant of its values' pattern and rule in {@code <Aggregate>Values}. */
    public String valuesPattern() {
        return constant() + "_VALUES";
    }

    public String valuesRule() {
        return constant() + "_RULE";
    }

    /** "must be A, B or C". */
    public String valuesRuleText() {
        List<String> values = spec.values();
        return values.size() == 1 ? "must be " + values.get(0)
                : "must be " + String.join(", ", values.subList(0, values.size() - 1)) + " or "
                        + values.get(values.size() - 1);
    }

    public String valuesRegex() {
        return String.join("|", spec.values());
    }

    /** {@code "A", "B"}: an OpenAPI schema's allowable values. */
    public String valuesQuoted() {
        return String.join(", ", spec.values().stream().map(v -> "\"" + v + "\"").toList());
    }

    /** Its annotations in a creation body (the domain checks the same again, naming the field). */
    public String createAnnotations() {
        return RequestAnnotations.forCreate(this).text();
    }

    public String updateAnnotations() {
        return RequestAnnotations.forUpdate(this).text();
    }

    /** Its listing filter as a query parameter (a date and a boolean are checked by the module's {@code QueryValues}). */
    public String queryParameter() {
        return switch (spec.type()) {
            case STRING -> "@Nullable @QueryValue @Size(max = " + spec.maxLength() + ") String " + name();
            case ENUM -> "@Nullable @QueryValue @Pattern(regexp = " + owner + "Values." + valuesPattern()
                    + ", message = " + owner + "Values." + valuesRule() + ")\n            @Schema(allowableValues = {"
                    + valuesQuoted() + "}) String " + name();
            case BOOLEAN -> "@Nullable @QueryValue @Schema(allowableValues = {\"true\", \"false\"}) String " + name();
            case DATE -> "@Nullable @QueryValue @Schema(format = \"date\") String " + name();
            default -> "@Nullable @QueryValue " + boxedType() + " " + name();
        };
    }

    /** A SQL filter's value for the query's component (an enum by its name). */
    public String sqlValue() {
        return isEnum() ? "query." + name() + "().name()" : "query." + name() + "()";
    }

    /** How many whole values lie from the lowest sample to the max (at least 1, at most a long holds). */
    private long span() {
        BigDecimal span = spec.max().subtract(BigDecimal.valueOf(lowest())).add(BigDecimal.ONE);
        return span.min(BigDecimal.valueOf(Long.MAX_VALUE)).max(BigDecimal.ONE).longValueExact();
    }

    private String clamped(String expression) {
        return hasMax() ? expression + ".min(" + literal(spec.max()) + ")" : expression;
    }

    private long lowest() {
        if (spec.min() != null) {
            return spec.min().longValueExact();
        }
        return spec.max() != null && spec.max().signum() < 0 ? spec.max().longValueExact() - 9 : 0;
    }

    private BigDecimal lowestDecimal() {
        if (spec.min() != null) {
            return spec.min();
        }
        BigDecimal zero = BigDecimal.ZERO.setScale(spec.scale());
        return spec.max() != null && spec.max().signum() < 0 ? spec.max().subtract(BigDecimal.ONE) : zero;
    }

    private String literal(BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (isDecimal()) {
            return "new BigDecimal(\"" + value.toPlainString() + "\")";
        }
        return isLong() ? value.toPlainString() + "L" : value.toPlainString();
    }
}
