package dev.bastion.tools.codegen.spec;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The types a field may have in a spec, by the name the spec uses. */
public enum FieldType {
    STRING, TEXT, INTEGER, LONG, DECIMAL, BOOLEAN, DATE, INSTANT, ENUM;

    public String specName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<FieldType> bySpecName(String name) {
        return Arrays.stream(values()).filter(t -> t.specName().equals(name)).findFirst();
    }

    public boolean isNumber() {
        return this == INTEGER || this == LONG || this == DECIMAL;
    }

    public boolean isText() {
        return this == STRING || this == TEXT;
    }
}
