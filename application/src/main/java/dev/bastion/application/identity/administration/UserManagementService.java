package dev.bastion.application.identity.administration;

import dev.bastion.domain.access.LastSuperAdministrator;
import dev.bastion.domain.access.RoleCode;
import dev.bastion.domain.access.RoleId;
import dev.bastion.domain.access.UserWithRoles;
import java.util.stream.Collectors;
import dev.bastion.application.access.GetUserAccess;
import dev.bastion.application.access.GrantGuard;
import dev.bastion.domain.access.UserAccess;
import dev.bastion.application.shared.Transactions;
import dev.bastion.domain.access.RoleHoldings;
import dev.bastion.domain.access.RoleLookup;
import dev.bastion.domain.identity.PasswordHasher;
import dev.bastion.domain.identity.PasswordPolicy;
import dev.bastion.domain.identity.RevocationReason;
import dev.bastion.domain.identity.SessionStore;
import dev.bastion.domain.identity.User;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.UserQuery;
import dev.bastion.domain.identity.UserRepository;
import dev.bastion.domain.identity.UserSort;
import dev.bastion.domain.identity.UserStatus;
import dev.bastion.domain.organization.DepartmentRepository;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.organization.RecordScope;
import dev.bastion.domain.shared.Clock;
import dev.bastion.domain.shared.InvalidValueException;
import dev.bastion.domain.shared.NotFoundException;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import dev.bastion.domain.shared.VersionConflictException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.function.Supplier;
import java.util.Set;
import java.util.UUID;

/**
 * Users as administrators manage them: list, read, create, update (with roles), delete; always
 * within the acting administrator's data scope, giving or taking only roles the actor could hold,
 * and changing only users within the actor's reach (see {@link GrantGuard}).
 */
public final class UserManagementService implements ListUsers, GetUser, CreateUser, UpdateUser, DeleteUser {

    private static final String SUPER_ADMIN = RoleCode.SUPER_ADMIN.value();

    private final UserRepository users;
    private final RoleHoldings holdings;
    private final RoleLookup roleLookup;
    private final GetUserAccess userAccess;
    private final GrantGuard guard;
    private final DepartmentRepository departments;
    private final PasswordHasher hasher;
    private final SessionStore sessions;
    private final Transactions transactions;
    private final UserReadCache reads;
    private final Clock clock;
    /** Read at each use: the policy is a run-time parameter. */
    private final Supplier<PasswordPolicy> policy;

    public UserManagementService(UserRepository users, RoleHoldings holdings, RoleLookup roleLookup,
                                 GetUserAccess userAccess,
                                 GrantGuard guard,
                                 DepartmentRepository departments,
                                 PasswordHasher hasher, SessionStore sessions, Transactions transactions,
                                 UserReadCache reads, Clock clock, Supplier<PasswordPolicy> policy) {
        this.users = users;
        this.holdings = holdings;
        this.roleLookup = roleLookup;
        this.userAccess = userAccess;
        this.guard = guard;
        this.departments = departments;
        this.hasher = hasher;
        this.sessions = sessions;
        this.transactions = transactions;
        this.reads = reads;
        this.clock = clock;
        this.policy = policy;
    }

    @Override
    public Page<UserView> list(UserId actor, UserQuery query, PageRequest page, UserSort sort) {
        // the page and the roles of its users in one read, not one per user; asked again, no read at all
        return reads.page(new UserReadCache.PageKey(scopeOf(actor), query, page, sort),
                key -> holdings.visibleWithRoles(key.query(), key.scope(), key.page(), key.sort())
                        .map(found -> UserView.of(found.user(), uuidsOf(found.roleIds()))));
    }

    @Override
    public UserView get(UserId actor, UserId id) {
        return reads.user(new UserReadCache.UserKey(scopeOf(actor), id), key -> {
            UserWithRoles found = findWithRoles(key.id(), key.scope());
            return UserView.of(found.user(), uuidsOf(found.roleIds()));
        });
    }

    @Override
    public UserView create(UserId actor, CreateUser.Command command) {
        policy.get().checkShape("password", command.password(), command.username());
        UserAccess acting = userAccess.of(actor);
        requireInScope(command.deptId(), acting.scope());
        requireReferences(command.deptId(), command.roleIds());
        guard.requireAssignable(acting, command.deptId(), command.roleIds());
        User user = User.register(UserId.newId(), command.username(), command.nickname(), command.email(),
                command.phone(), command.deptId(), hasher.hash(command.password()), command.mustChangePassword(),
                clock.now());
        if (command.status() == UserStatus.DISABLED) {
            user.disable(clock.now());
        }
        return transactions.inTransaction(() -> {
            users.add(user);
            holdings.replaceRolesOf(user.id(), roleIdsOf(command.roleIds()));
            return view(user);
        });
    }

    @Override
    public UserView update(UserId actor, UpdateUser.Command command) {
        Instant now = clock.now();
        UserAccess acting = userAccess.of(actor);
        RecordScope scope = acting.scope();
        UserView updated = transactions.inExclusiveTransaction(SUPER_ADMIN, () -> {
            UserWithRoles found = findWithRoles(command.id(), scope);
            User user = found.user();
            guard.requireReachable(acting, user.id(), user.deptId());
            DeptId deptId = command.deptId().applyTo(user.deptId());
            if (!deptId.equals(user.deptId())) {
                requireInScope(deptId, scope);
            }
            if (user.version() != command.version()) {
                throw new VersionConflictException("user " + command.id());
            }
            List<UUID> heldRoles = uuidsOf(found.roleIds());
            Set<UUID> roleIds = command.roleIds().applyTo(Set.copyOf(heldRoles));
            UserStatus status = command.status().applyTo(user.status());
            requireReferences(deptId, roleIds);
            // the user was in reach, so the roles they keep were assignable where they were; every role
            // is judged again where they will be, as DEPT scopes follow the holder's department
            guard.requireAssignable(acting, deptId, deptId.equals(user.deptId())
                    ? changed(heldRoles, roleIds) : roleIds);
            LastSuperAdministrator last = lastSuperAdministrator();
            if (status == UserStatus.DISABLED) {
                last.requireMayDisable(user.id());
            }
            last.requireKeepsTheRole(user.id(), roleIds.stream().map(RoleId::new).collect(Collectors.toSet()));
            user.updateProfile(command.nickname().applyTo(user.nickname()),
                    command.email().applyTo(user.email().orElse(null)),
                    command.phone().applyTo(user.phone().orElse(null)), deptId, now);
            if (status != user.status()) {
                if (status == UserStatus.DISABLED) {
                    user.disable(now);
                } else {
                    user.enable(now);
                }
            }
            if (!user.hasPendingEvents() && roleIds.equals(Set.copyOf(heldRoles))) {
                // the same again is no change: nothing stored, nothing told, the version stays
                return UserView.of(user, heldRoles);
            }
            User stored = users.update(user);
            holdings.replaceRolesOf(stored.id(), roleIdsOf(roleIds));
            return view(stored);
        });
        if (updated.status() == UserStatus.DISABLED) {
            sessions.revokeAllOf(updated.id(), null, RevocationReason.USER_DISABLED, now);
        }
        return updated;
    }

    @Override
    public void delete(UserId actor, UserId id) {
        Instant now = clock.now();
        UserAccess acting = userAccess.of(actor);
        transactions.inExclusiveTransaction(SUPER_ADMIN, () -> {
            User user = find(id, acting.scope());
            guard.requireReachable(acting, user.id(), user.deptId());
            lastSuperAdministrator().requireMayDelete(user.id());
            user.delete(now);
            users.update(user);
            return null;
        });
        sessions.revokeAllOf(id, null, RevocationReason.USER_DELETED, now);
    }

    /** The roles given or taken: in one set but not the other. */
    private static Set<UUID> changed(List<UUID> before, Set<UUID> after) {
        Set<UUID> changed = new HashSet<>(after);
        before.forEach(id -> {
            if (!changed.remove(id)) {
                changed.add(id);
            }
        });
        return changed;
    }

    private RecordScope scopeOf(UserId actor) {
        return userAccess.of(actor).scope();
    }

    /** A department outside the scope is answered like an unknown one: its existence is not told. */
    private static void requireInScope(DeptId deptId, RecordScope scope) {
        if (!scope.coversDept(deptId)) {
            throw new InvalidValueException("deptId", "no such department");
        }
    }

    private void requireReferences(DeptId deptId, Set<UUID> roleIds) {
        if (departments.findById(deptId).isEmpty()) {
            throw new InvalidValueException("deptId", "no such department");
        }
        Set<RoleId> unknown = roleLookup.unknown(roleIdsOf(roleIds));
        if (!unknown.isEmpty()) {
            throw new InvalidValueException("roleIds", "no such role: " + unknown.iterator().next());
        }
    }

    private LastSuperAdministrator lastSuperAdministrator() {
        return new LastSuperAdministrator(holdings.enabledHoldersOf(RoleCode.SUPER_ADMIN));
    }

    private UserView view(User user) {
        return UserView.of(user, uuidsOf(holdings.rolesOf(user.id())));
    }

    // commands and views still carry role ids as bare UUIDs; the ports take typed ids
    private static Set<RoleId> roleIdsOf(Set<UUID> ids) {
        return ids.stream().map(RoleId::new).collect(Collectors.toSet());
    }

    private static List<UUID> uuidsOf(List<RoleId> ids) {
        return ids.stream().map(RoleId::value).toList();
    }

    private User find(UserId id, RecordScope scope) {
        return users.findVisible(id, scope).orElseThrow(() -> new NotFoundException("user " + id));
    }

    /** As {@link #find}, with the roles the user holds: one read. */
    private UserWithRoles findWithRoles(UserId id, RecordScope scope) {
        return holdings.visibleWithRoles(id, scope).orElseThrow(() -> new NotFoundException("user " + id));
    }
}
