package dev.bastion.domain.identity;

import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.shared.InvalidValueException;

/**
 * Filters of the user listing; null means "any". {@code usernamePrefix} is a search string (not a
 * username, ≤ 64 characters, matched ignoring case); {@code deptId} includes its sub-departments.
 */
public record UserQuery(String usernamePrefix, UserStatus status, DeptId deptId) {

    public UserQuery {
        if (usernamePrefix != null && usernamePrefix.length() > Username.MAX_LENGTH) {
            throw new InvalidValueException("username", "must be at most 64 characters");
        }
        if (usernamePrefix != null && usernamePrefix.isEmpty()) {
            usernamePrefix = null;
        }
    }

    public static UserQuery any() {
        return new UserQuery(null, null, null);
    }
}
