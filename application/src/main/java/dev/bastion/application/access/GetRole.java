package dev.bastion.application.access;

import dev.bastion.domain.access.RoleId;

/** One role; {@code NOT_FOUND} when there is none. */
public interface GetRole {

    RoleView get(RoleId id);
}
