package dev.bastion.tools.codegen.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A request property's Jakarta Validation and OpenAPI annotations, and the imports they need: the
 * bounds the domain checks again (naming the field), stated where a client reads them. In an update
 * every property may be left out; one that cannot be empty is documented as not nullable.
 */
record RequestAnnotations(String text, Set<String> imports) {

    private static final String JAKARTA = "jakarta.validation.constraints.";

    static RequestAnnotations forCreate(FieldModel f) {
        return of(f, false);
    }

    static RequestAnnotations forUpdate(FieldModel f) {
        return of(f, true);
    }

    private static RequestAnnotations of(FieldModel f, boolean update) {
        List<String> annotations = new ArrayList<>();
        Set<String> imports = new TreeSet<>();
        boolean mustHave = !update && f.requiredWithoutDefault();
        if (mustHave && (f.isString() || f.isText())) {
            add(annotations, imports, "@NotBlank", JAKARTA + "NotBlank");
        } else if (mustHave) {
            add(annotations, imports, "@NotNull", JAKARTA + "NotNull");
        } else {
            add(annotations, imports, "@Nullable", "io.micronaut.core.annotation.Nullable");
        }
        if (f.isString() || f.isText()) {
            String min = update && f.requiredWithoutDefault() ? "min = 1, " : "";
            add(annotations, imports, "@Size(" + min + "max = " + f.maxLength() + ")", JAKARTA + "Size");
        }
        if (f.isWholeNumber() && f.hasMin()) {
            add(annotations, imports, "@Min(" + longLiteral(f.minText()) + ")", JAKARTA + "Min");
        }
        if (f.isWholeNumber() && f.hasMax()) {
            add(annotations, imports, "@Max(" + longLiteral(f.maxText()) + ")", JAKARTA + "Max");
        }
        if (f.isDecimal()) {
            if (f.hasMin()) {
                add(annotations, imports, "@DecimalMin(\"" + f.minText() + "\")", JAKARTA + "DecimalMin");
            }
            if (f.hasMax()) {
                add(annotations, imports, "@DecimalMax(\"" + f.maxText() + "\")", JAKARTA + "DecimalMax");
            }
            add(annotations, imports, "@Digits(integer = " + (f.precision() - f.scale()) + ", fraction = " + f.scale()
                    + ")", JAKARTA + "Digits");
        }
        if (f.isEnum()) {
            add(annotations, imports, "@Pattern(regexp = " + f.owner() + "Values." + f.valuesPattern() + ", message = "
                    + f.owner() + "Values." + f.valuesRule() + ")", JAKARTA + "Pattern");
        }
        List<String> schema = new ArrayList<>();
        if (f.isEnum()) {
            schema.add("allowableValues = {" + f.valuesQuoted() + "}");
        }
        if (update && f.nonNull()) {
            schema.add("nullable = false");
        }
        if (!schema.isEmpty()) {
            add(annotations, imports, "@Schema(" + String.join(", ", schema) + ")",
                    "io.swagger.v3.oas.annotations.media.Schema");
        }
        return new RequestAnnotations(String.join(" ", annotations), imports);
    }

    private static void add(List<String> annotations, Set<String> imports, String annotation, String type) {
        annotations.add(annotation);
        imports.add(type);
    }

    /** A bound as a Java literal of {@code long} (Min and Max take one; an int-sized literal needs no suffix). */
    private static String longLiteral(String value) {
        long bound = Long.parseLong(value);
        return bound >= Integer.MIN_VALUE && bound <= Integer.MAX_VALUE ? value : value + "L";
    }
}
