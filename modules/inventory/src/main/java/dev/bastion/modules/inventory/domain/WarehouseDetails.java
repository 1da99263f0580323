package dev.bastion.modules.inventory.domain;

import dev.bastion.domain.shared.InvalidValueException;
import dev.bastion.domain.shared.PrintableText;
import java.util.Objects;

/**
 * What a warehouse is called and where it is: its unique code, a name (≤ {@value #MAX_NAME}
 * printable characters), an optional address (≤ {@value #MAX_ADDRESS}), and its status
 * (ENABLED when not given).
 */
public record WarehouseDetails(WarehouseCode code, String name, String address, WarehouseStatus status) {

    public static final int MAX_NAME = 64;
    public static final int MAX_ADDRESS = 200;

    public WarehouseDetails {
        if (code == null) {
            throw new InvalidValueException("code", "must not be blank");
        }
        name = PrintableText.required("name", name, MAX_NAME);
        address = PrintableText.optional("address", address, MAX_ADDRESS);
        status = Objects.requireNonNullElse(status, WarehouseStatus.ENABLED);
    }
}
