package dev.bastion.domain.access;

import dev.bastion.domain.identity.UserId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Roles held by users and what they grant. */
public interface AccessRepository {

    /**
     * What the enabled roles of {@code user} grant: codes, permissions (the roles' own and those
     * of their enabled menu entries) and data scopes; none for an unknown or deleted user.
     */
    RoleGrants grantsOf(UserId user);

    /** The menu entries the enabled roles of {@code user} grant (enabled or not). */
    Set<MenuId> menusGrantedTo(UserId user);

    /** Gives {@code user} the role with {@code roleCode}; giving it twice changes nothing. */
    void assignRole(UserId user, String roleCode);

    /** The id of the role with {@code code}, if it exists. */
    Optional<UUID> roleIdOf(String code);

    /** The ids of the roles {@code user} holds (enabled or not), sorted. */
    List<UUID> roleIdsOf(UserId user);

    /** Of {@code roleIds}, those that name no role (deleted roles count as none). */
    Set<UUID> unknownRoles(Set<UUID> roleIds);

    /** {@code user} holds exactly {@code roleIds} afterwards (all of which must exist). */
    void replaceRoles(UserId user, Set<UUID> roleIds);

    /** Users holding the role with {@code roleCode} who are enabled and not deleted. */
    List<UserId> enabledHoldersOf(String roleCode);
}
