package dev.bastion.modules.inventory.adapters.rest;

import dev.bastion.domain.shared.InvalidValueException;
import dev.bastion.modules.inventory.domain.WarehouseStatus;

/** The statuses a warehouse body or filter accepts, and the message naming them. */
final class WarehouseValues {

    static final String STATUSES = "ENABLED|DISABLED";
    static final String STATUS_RULE = "must be ENABLED or DISABLED";

    private WarehouseValues() {
    }

    /** {@code text} (already checked against {@link #STATUSES} in a body, not in a query) as a status. */
    static WarehouseStatus status(String field, String text) {
        if (text == null) {
            return null;
        }
        try {
            return WarehouseStatus.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field, STATUS_RULE);
        }
    }
}
