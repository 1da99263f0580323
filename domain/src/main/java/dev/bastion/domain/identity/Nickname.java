package dev.bastion.domain.identity;

import dev.bastion.domain.shared.InvalidValueException;
import dev.bastion.domain.shared.PrintableText;

/** The name shown to other people: 1 to 64 characters, not blank, no control characters. */
public record Nickname(String value) {

    public static final int MAX_LENGTH = 64;

    public Nickname {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException("nickname", "must not be blank");
        }
        if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
            throw new InvalidValueException("nickname", "must be at most 64 characters");
        }
        if (value.codePoints().anyMatch(PrintableText::isUnprintable)) {
            throw new InvalidValueException("nickname", "must not contain control characters or unpaired surrogates");
        }
    }

    public static Nickname of(Username username) {
        return new Nickname(username.value());
    }

    @Override
    public String toString() {
        return value;
    }
}
