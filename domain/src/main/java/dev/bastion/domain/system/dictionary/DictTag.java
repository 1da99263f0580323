package dev.bastion.domain.system.dictionary;

import dev.bastion.domain.shared.InvalidValueException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How a front end shows an item (the colour of its badge): a closed list, the names most UI kits
 * share, so that a tag means the same everywhere. Spelled in lower case in the API.
 */
public enum DictTag {
    DEFAULT,
    PRIMARY,
    SUCCESS,
    INFO,
    WARNING,
    DANGER;

    /** The allowed spellings, for messages and documents: {@code default, primary, …}. */
    public static final String ALLOWED = Arrays.stream(values()).map(DictTag::value)
            .collect(Collectors.joining(", "));

    /** How the API and the database spell it. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads client input ({@code success}); anything else is refused on {@code field}, naming the allowed values. */
    public static DictTag parse(String field, String text) {
        for (DictTag tag : values()) {
            if (tag.value().equals(text)) {
                return tag;
            }
        }
        throw new InvalidValueException(field, "must be one of " + ALLOWED);
    }
}
