package dev.bastion.domain.system.dictionary;

import dev.bastion.domain.shared.InvalidValueException;

/** Whether a dictionary type or item is served to front ends (disabled ones stay listed for administrators). */
public enum DictStatus {
    ENABLED,
    DISABLED;

    /** Reads client input spelled exactly as the constant; anything else is refused on {@code field}. */
    public static DictStatus parse(String field, String text) {
        for (DictStatus status : values()) {
            if (status.name().equals(text)) {
                return status;
            }
        }
        throw new InvalidValueException(field, "must be ENABLED or DISABLED");
    }
}
