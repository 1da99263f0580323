package dev.bastion.domain.system.dictionary;

import dev.bastion.domain.shared.InvalidValueException;

/**
 * Filters of the type listing; null means "any". {@code codePrefix} and {@code nameContains} are
 * search strings matched literally ({@code name} ignoring case), at most 64 characters, never
 * validated as a code or name.
 */
public record DictTypeQuery(String codePrefix, String nameContains, DictStatus status) {

    public static final int MAX_FILTER = 64;

    public DictTypeQuery {
        codePrefix = filter("code", codePrefix);
        nameContains = filter("name", nameContains);
    }

    public static DictTypeQuery any() {
        return new DictTypeQuery(null, null, null);
    }

    private static String filter(String field, String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        if (text.length() > MAX_FILTER) {
            throw new InvalidValueException(field, "must be at most " + MAX_FILTER + " characters");
        }
        return text;
    }
}
