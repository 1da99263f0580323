package dev.bastion.modules.inventory.domain;

import dev.bastion.domain.shared.InvalidValueException;
import java.util.regex.Pattern;

/**
 * How people and documents name a warehouse ({@code main_store}): lower-case snake case, 2 to 64
 * characters, the shape of a role's code. Unique among the warehouses that exist.
 */
public record WarehouseCode(String value) {

    private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9_]{1,63}");

    public WarehouseCode {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new InvalidValueException("code",
                    "must be 2 to 64 lower-case letters, digits or '_', starting with a letter");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
