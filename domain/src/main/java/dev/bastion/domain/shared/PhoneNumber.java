package dev.bastion.domain.shared;

import java.util.regex.Pattern;

/** A phone number as people write them: 3 to 32 of digits, spaces, {@code + - ( )}, starting with a digit or {@code +}. */
public record PhoneNumber(String value) {

    private static final Pattern SHAPE = Pattern.compile("\\+?[0-9][0-9 ()-]{2,31}");

    public PhoneNumber {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new InvalidValueException("phone",
                    "must be a phone number of 3 to 32 digits, spaces, '+', '-', '(' or ')'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
