package dev.bastion.domain.access;

import dev.bastion.domain.shared.InvalidValueException;

/**
 * Filters of the role listing; null means "any". {@code codePrefix} is a search string matched
 * literally, ignoring case (≤ 64 characters).
 */
public record RoleQuery(String codePrefix, RoleStatus status) {

    public RoleQuery {
        if (codePrefix != null && codePrefix.length() > 64) {
            throw new InvalidValueException("code", "must be at most 64 characters");
        }
        if (codePrefix != null && codePrefix.isEmpty()) {
            codePrefix = null;
        }
    }

    public static RoleQuery any() {
        return new RoleQuery(null, null);
    }
}
