package dev.bastion.tools.codegen.spec;

import java.math.BigDecimal;
import java.util.List;

/**
 * One field of an aggregate, validated: {@code maxLength} is set for strings only, {@code precision}
 * and {@code scale} for decimals only, {@code min}/{@code max} (either may be null) for numbers only,
 * {@code values} for enums only; {@code defaultValue} is an enum constant, {@code true}/{@code false}
 * for a boolean, or null.
 */
public record FieldSpec(String name, FieldType type, boolean required, Integer maxLength, Integer precision,
                        Integer scale, BigDecimal min, BigDecimal max, List<String> values, String defaultValue,
                        boolean search, boolean filter) {

    public FieldSpec {
        values = List.copyOf(values);
    }
}
