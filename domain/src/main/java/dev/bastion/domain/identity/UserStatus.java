package dev.bastion.domain.identity;

import dev.bastion.domain.shared.InvalidValueException;

/** Whether a user may sign in. Deletion is not a status: a deleted user is gone from every query. */
public enum UserStatus {
    ENABLED,
    DISABLED;

    /** Reads client input spelled exactly as the constant; anything else is refused on {@code field}. */
    public static UserStatus parse(String field, String text) {
        for (UserStatus status : values()) {
            if (status.name().equals(text)) {
                return status;
            }
        }
        throw new InvalidValueException(field, "must be ENABLED or DISABLED");
    }
}
