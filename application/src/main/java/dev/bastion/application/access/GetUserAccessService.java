package dev.bastion.application.access;

import dev.bastion.domain.access.AccessGrants;
import dev.bastion.domain.access.RoleGrants;
import dev.bastion.domain.access.ScopeGrant;
import dev.bastion.domain.access.UserAccess;
import dev.bastion.domain.identity.User;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.UserRepository;
import dev.bastion.domain.organization.DepartmentRepository;
import dev.bastion.domain.shared.Email;
import dev.bastion.domain.shared.PhoneNumber;
import java.util.Optional;

/**
 * A user's roles, permissions and data scope, resolved against the department tree, and their
 * profile. Reads through {@link AccessCache}: a permission check reads the database only on a miss.
 */
public final class GetUserAccessService implements GetUserAccess, GetUserProfile {

    private final AccessGrants access;
    private final UserRepository users;
    private final DepartmentRepository departments;
    private final AccessCache cache;

    public GetUserAccessService(AccessGrants access, UserRepository users, DepartmentRepository departments,
                                AccessCache cache) {
        this.access = access;
        this.users = users;
        this.departments = departments;
        this.cache = cache;
    }

    @Override
    public UserAccess of(UserId user) {
        return cache.get(user, this::load);
    }

    @Override
    public Optional<UserProfile> profileOf(UserId user) {
        return Optional.ofNullable(cache.profile(user, this::loadProfile));
    }

    private UserProfile loadProfile(UserId id) {
        return users.findById(id)
                .map(user -> new UserProfile(user.id(), user.username().value(), user.nickname().value(),
                        user.email().map(Email::value).orElse(null),
                        user.phone().map(PhoneNumber::value).orElse(null),
                        user.deptId().toString(), user.mustChangePassword(), user.version()))
                .orElse(null);
    }

    private UserAccess load(UserId user) {
        Optional<User> found = users.findById(user);
        if (found.isEmpty()) {
            return UserAccess.none(user);
        }
        RoleGrants grants = access.grantsOf(user);
        return new UserAccess(grants.roles(), grants.permissions(),
                ScopeGrant.union(user, found.get().deptId(), grants.scopes(), departments::subtreesOf));
    }
}
