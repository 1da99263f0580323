package dev.bastion.domain.identity;

import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.organization.RecordScope;
import dev.bastion.domain.shared.InvalidValueException;
import java.util.Objects;

/**
 * Filters of the user listing; null means "any". {@code usernamePrefix} is a search string (not a
 * username, ≤ 64 characters, matched ignoring case); {@code deptId} includes its sub-departments;
 * only users inside {@code scope} are listed.
 */
public record UserQuery(String usernamePrefix, UserStatus status, DeptId deptId, RecordScope scope) {

    public UserQuery {
        Objects.requireNonNull(scope, "scope");
        if (usernamePrefix != null && usernamePrefix.length() > Username.MAX_LENGTH) {
            throw new InvalidValueException("username", "must be at most 64 characters");
        }
        if (usernamePrefix != null && usernamePrefix.isEmpty()) {
            usernamePrefix = null;
        }
    }

    /** Every user inside {@code scope}. */
    public static UserQuery any(RecordScope scope) {
        return new UserQuery(null, null, null, scope);
    }
}
