package dev.bastion.domain.access;

import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.UserQuery;
import dev.bastion.domain.identity.UserSort;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.organization.RecordScope;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Who holds which roles (what the roles held grant is {@link AccessGrants}'s). */
public interface RoleHoldings {

    /** The ids of the live roles {@code user} holds (enabled or not), sorted. */
    List<RoleId> rolesOf(UserId user);

    /**
     * The user, if it exists, is not deleted and lies inside {@code scope} (as
     * {@link dev.bastion.domain.identity.UserRepository#findVisible}), with the ids of the roles it holds as
     * {@link #rolesOf(UserId)} gives them: one read for both.
     */
    Optional<UserWithRoles> visibleWithRoles(UserId user, RecordScope scope);

    /**
     * The page of users inside {@code scope} matching {@code query}, as
     * {@link dev.bastion.domain.identity.UserRepository#find} gives it, each with the ids of the roles it
     * holds as {@link #rolesOf(UserId)} gives them: one read for the page, its total and the roles.
     */
    Page<UserWithRoles> visibleWithRoles(UserQuery query, RecordScope scope, PageRequest page, UserSort sort);

    /** The ids of the live roles each of {@code users} holds (enabled or not), sorted; users holding none are left out. */
    Map<UserId, List<RoleId>> rolesOf(Collection<UserId> users);

    /** For each of {@code users}, the codes of the live roles it holds (enabled or not), sorted; users holding none are absent. */
    Map<UserId, List<RoleCode>> roleCodesOf(Collection<UserId> users);

    /** Users holding the role with {@code code} who are enabled and not deleted. */
    List<UserId> enabledHoldersOf(RoleCode code);

    /** The departments of the users (not deleted) holding the role. */
    Set<DeptId> departmentsOfHolders(RoleId role);

    /** Gives {@code user} the role with {@code code}; giving it twice changes nothing; an unknown user or role is not found. */
    void assign(UserId user, RoleCode code);

    /** {@code user} holds exactly {@code roles} afterwards (all of which must exist). */
    void replaceRolesOf(UserId user, Set<RoleId> roles);

    /** Each user holds the given roles afterwards, in addition to any it held (all of which must exist). */
    void assignAll(Map<UserId, Set<RoleId>> rolesByUser);
}
