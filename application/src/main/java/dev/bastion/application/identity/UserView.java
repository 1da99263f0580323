package dev.bastion.application.identity;

import dev.bastion.domain.identity.User;
import java.util.List;
import java.util.UUID;

/** A user as the administration screens show it: the aggregate and the ids of the roles it holds. */
public record UserView(User user, List<UUID> roleIds) {

    public UserView {
        roleIds = List.copyOf(roleIds);
    }
}
