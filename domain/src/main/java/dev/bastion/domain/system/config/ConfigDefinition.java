package dev.bastion.domain.system.config;

import dev.bastion.domain.shared.PrintableText;
import java.util.Objects;

/**
 * What a parameter is, apart from its value: key, name (≤ 64), type, constraints (checked to apply
 * to the type) and description (≤ 500, optional).
 */
public record ConfigDefinition(ConfigKey key, String name, ConfigType type, ConfigConstraints constraints,
                               String description) {

    public static final int MAX_NAME = 64;
    public static final int MAX_DESCRIPTION = 500;

    public ConfigDefinition {
        Objects.requireNonNull(key, "key");
        name = PrintableText.required("name", name, MAX_NAME);
        Objects.requireNonNull(type, "type");
        constraints = constraints == null ? ConfigConstraints.NONE : constraints;
        constraints.checkFor(type);
        description = PrintableText.optional("description", description, MAX_DESCRIPTION);
    }
}
