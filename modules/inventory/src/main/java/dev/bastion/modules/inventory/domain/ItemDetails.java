package dev.bastion.modules.inventory.domain;

import dev.bastion.domain.shared.InvalidValueException;
import dev.bastion.domain.shared.PrintableText;

/**
 * What an item is: its SKU, a name (≤ {@value #MAX_NAME} printable characters), the unit its
 * quantity counts (≤ {@value #MAX_UNIT}: {@code pcs}, {@code kg}), and the reorder level below
 * which its stock is low (0 or more; 0: never low).
 */
public record ItemDetails(Sku sku, String name, String unit, long reorderLevel) {

    public static final int MAX_NAME = 100;
    public static final int MAX_UNIT = 16;

    public ItemDetails {
        if (sku == null) {
            throw new InvalidValueException("sku", "must not be blank");
        }
        name = PrintableText.required("name", name, MAX_NAME);
        unit = PrintableText.required("unit", unit, MAX_UNIT);
        if (reorderLevel < 0) {
            throw new InvalidValueException("reorderLevel", "must be 0 or more");
        }
    }
}
