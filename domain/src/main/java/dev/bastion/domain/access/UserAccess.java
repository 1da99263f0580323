package dev.bastion.domain.access;

import java.util.List;

/** What a user may do: the codes of their enabled roles and the permissions those roles grant. */
public record UserAccess(List<String> roles, PermissionSet permissions) {

    public UserAccess {
        roles = List.copyOf(roles);
    }

    public static UserAccess none() {
        return new UserAccess(List.of(), PermissionSet.of(List.of()));
    }
}
