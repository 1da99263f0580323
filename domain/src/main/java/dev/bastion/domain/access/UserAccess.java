package dev.bastion.domain.access;

import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.organization.RecordScope;
import java.util.List;
import java.util.Objects;

/**
 * What a user may do: the codes of their enabled roles, the permissions those roles grant and
 * the records they may see and change.
 */
public record UserAccess(List<String> roles, PermissionSet permissions, RecordScope scope) {

    public UserAccess {
        roles = List.copyOf(roles);
        Objects.requireNonNull(permissions, "permissions");
        Objects.requireNonNull(scope, "scope");
    }

    /** An unknown or deleted user: no role, no permission, nothing but their own records. */
    public static UserAccess none(UserId user) {
        return new UserAccess(List.of(), PermissionSet.of(List.of()), RecordScope.onlyOwn(user.value()));
    }
}
