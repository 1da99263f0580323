package dev.bastion.domain.access;

import dev.bastion.domain.shared.InvalidValueException;
import java.util.regex.Pattern;

/** A role's code, how clients and tokens name it: lower-case snake case, 2 to 64 characters. */
public record RoleCode(String value) {

    private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9_]{1,63}");
    public static final RoleCode SUPER_ADMIN = new RoleCode("super_admin");

    public RoleCode {
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
