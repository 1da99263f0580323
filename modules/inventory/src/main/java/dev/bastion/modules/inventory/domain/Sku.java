package dev.bastion.modules.inventory.domain;

import dev.bastion.domain.shared.InvalidValueException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A stock-keeping unit, the code an item is known by: 1 to {@value #MAX_LENGTH} letters, digits,
 * '-' or '_', kept as given. Two SKUs that differ only in case are the same SKU ({@link #key}):
 * among the live items each is unique that way.
 */
public record Sku(String value) {

    public static final int MAX_LENGTH = 40;
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{1," + MAX_LENGTH + "}");

    public Sku {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new InvalidValueException("sku",
                    "must be 1 to " + MAX_LENGTH + " letters, digits, '-' or '_'");
        }
    }

    /** What uniqueness compares: the SKU in upper case. */
    public String key() {
        return value.toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
