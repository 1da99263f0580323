package dev.bastion.application.system.notice;

import dev.bastion.domain.access.RoleId;
import dev.bastion.domain.access.RoleLookup;
import dev.bastion.domain.access.UserAccess;
import dev.bastion.domain.identity.User;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.UserRepository;
import dev.bastion.domain.organization.DepartmentRepository;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.organization.RecordScope;
import dev.bastion.domain.shared.AccessDeniedException;
import dev.bastion.domain.shared.InvalidValueException;
import dev.bastion.domain.system.notice.NoticeAudience;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Nobody widens more than they hold, applied to notices: an author speaks only to those within
 * their data scope. An audience of everyone or of roles (whose holders may sit anywhere) needs a
 * scope of ALL ({@code FORBIDDEN} otherwise); departments and users must lie in the scope. For an
 * audience being given, each id must also exist: one that does not, or lies outside the scope,
 * is named as invalid ({@code audience.deptIds[1]}: "no such department"), as roles do for their
 * CUSTOM departments, so nothing outside the scope is told. For a stored audience (the notice
 * acted on), anything outside the scope is {@code FORBIDDEN}.
 */
public final class NoticeReach {

    private final RoleLookup roles;
    private final DepartmentRepository departments;
    private final UserRepository users;

    public NoticeReach(RoleLookup roles, DepartmentRepository departments, UserRepository users) {
        this.roles = roles;
        this.departments = departments;
        this.users = users;
    }

    /** Refuses an audience being given (created, or set by an edit) that {@code actor} may not address. */
    public void requireGivable(UserAccess actor, NoticeAudience audience) {
        requireWideOnlyForAll(actor, audience);
        List<RoleId> roleIds = audience.roleIds();
        Set<RoleId> unknownRoles = roles.unknown(Set.copyOf(roleIds));
        for (int i = 0; i < roleIds.size(); i++) {
            if (unknownRoles.contains(roleIds.get(i))) {
                throw new InvalidValueException("audience.roleIds[" + i + "]", "no such role");
            }
        }
        RecordScope scope = actor.scope();
        List<DeptId> deptIds = audience.deptIds();
        Set<DeptId> unknownDepts = departments.unknown(Set.copyOf(deptIds));
        for (int i = 0; i < deptIds.size(); i++) {
            if (unknownDepts.contains(deptIds.get(i)) || !scope.coversDept(deptIds.get(i))) {
                throw new InvalidValueException("audience.deptIds[" + i + "]", "no such department");
            }
        }
        List<UserId> userIds = audience.userIds();
        for (int i = 0; i < userIds.size(); i++) {
            if (users.findVisible(userIds.get(i), scope).isEmpty()) {
                throw new InvalidValueException("audience.userIds[" + i + "]", "no such user");
            }
        }
    }

    /**
     * Refuses acting on a notice whose stored audience {@code actor} may not address. Departments
     * and users deleted since are nobody's any more and do not count.
     */
    public void requireAddressable(UserAccess actor, NoticeAudience audience) {
        requireWideOnlyForAll(actor, audience);
        RecordScope scope = actor.scope();
        if (scope.all()) {
            return;
        }
        Set<DeptId> gone = departments.unknown(Set.copyOf(audience.deptIds()));
        boolean deptOutside = audience.deptIds().stream().anyMatch(d -> !gone.contains(d) && !scope.coversDept(d));
        boolean userOutside = audience.userIds().stream().anyMatch(id -> {
            Optional<User> user = users.findById(id);
            return user.isPresent() && users.findVisible(id, scope).isEmpty();
        });
        if (deptOutside || userOutside) {
            throw AccessDeniedException.forbidden("this notice is addressed to "
                    + (deptOutside ? "departments" : "users") + " outside your data scope: you cannot act on it");
        }
    }

    private static void requireWideOnlyForAll(UserAccess actor, NoticeAudience audience) {
        if (actor.scope().all()) {
            return;
        }
        if (audience.all()) {
            throw AccessDeniedException.forbidden("a notice to everyone needs a data scope of ALL");
        }
        if (!audience.roleIds().isEmpty()) {
            throw AccessDeniedException.forbidden("a notice to the holders of a role needs a data scope of ALL "
                    + "(they may sit anywhere)");
        }
    }
}
