package dev.bastion.domain.access;

import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.organization.DeptId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
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

    /**
     * The permissions the role grants by itself, not through menu entries (the migrations give
     * {@code super_admin} its {@code *} so); none for an unknown role.
     */
    Set<PermissionCode> permissionsGrantedBy(RoleId role);

    /** The departments of the users (not deleted) holding the role. */
    Set<DeptId> holderDeptsOf(RoleId role);

    /** Gives {@code user} the role with {@code roleCode}; giving it twice changes nothing. */
    void assignRole(UserId user, String roleCode);

    /** The id of the role with {@code code}, if it exists. */
    Optional<UUID> roleIdOf(String code);

    /** The ids of the roles {@code user} holds (enabled or not), sorted. */
    List<UUID> roleIdsOf(UserId user);

    /** The ids of the roles each of {@code users} holds (enabled or not), sorted; users holding none are left out. */
    Map<UserId, List<UUID>> roleIdsOf(Collection<UserId> users);

    /** Of {@code roleIds}, those that name no role (deleted roles count as none). */
    Set<UUID> unknownRoles(Set<UUID> roleIds);

    /** {@code user} holds exactly {@code roleIds} afterwards (all of which must exist). */
    void replaceRoles(UserId user, Set<UUID> roleIds);

    /** Users holding the role with {@code roleCode} who are enabled and not deleted. */
    List<UserId> enabledHoldersOf(String roleCode);

    /** For each of {@code users}, the codes of the live roles it holds (enabled or not), sorted; users holding none are absent. */
    Map<UserId, List<String>> roleCodesOf(Collection<UserId> users);

    /** The ids of the roles named by {@code codes} (matched ignoring case), keyed by the code as given; unknown codes are absent. */
    Map<String, UUID> roleIdsByCode(Collection<String> codes);

    /** Each user holds the given roles afterwards, in addition to any it held (all of which must exist). */
    void assignRoleIds(Map<UserId, Set<UUID>> roleIdsByUser);
}
