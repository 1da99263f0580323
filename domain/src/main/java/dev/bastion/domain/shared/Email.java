package dev.bastion.domain.shared;

import dev.bastion.domain.shared.InvalidValueException;
import java.util.regex.Pattern;

/**
 * An e-mail address as people type them: one {@code @}, a dotted domain, no spaces,
 * at most 254 characters (RFC 5321's path limit). Not a full RFC 5322 parser on purpose.
 */
public record Email(String value) {

    public static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    public Email {
        if (value == null || value.isEmpty()) {
            throw new InvalidValueException("email", "must not be empty");
        }
        if (value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()
                || value.startsWith(".") || value.contains("..") || value.contains(".@")) {
            throw new InvalidValueException("email", "must be a well-formed email address");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
