package dev.bastion.domain.access;

import dev.bastion.domain.identity.User;
import java.util.List;

/** A user read together with the ids of the roles it holds (enabled or not), sorted as {@link RoleHoldings} sorts them. */
public record UserWithRoles(User user, List<RoleId> roleIds) {

    public UserWithRoles {
        roleIds = List.copyOf(roleIds);
    }
}
