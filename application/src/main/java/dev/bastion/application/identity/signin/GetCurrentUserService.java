package dev.bastion.application.identity.signin;

import dev.bastion.application.access.GetUserAccess;
import dev.bastion.application.access.GetUserProfile;
import dev.bastion.application.access.UserProfile;
import dev.bastion.domain.access.UserAccess;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.shared.AuthenticationFailedException;

/**
 * {@code /auth/me}: profile and access both come from the access cache (dropped on every change
 * to either), so a signed-in user's own view costs no database read while nothing changed.
 */
public final class GetCurrentUserService implements GetCurrentUser {

    private final GetUserAccess access;
    private final GetUserProfile profiles;

    /** {@code access} is the cached read the permission checks use, so /auth/me agrees with them. */
    public GetCurrentUserService(GetUserAccess access, GetUserProfile profiles) {
        this.access = access;
        this.profiles = profiles;
    }

    @Override
    public CurrentUser get(UserId id) {
        // The session check let the request in; a user deleted since then is signed out.
        UserProfile user = profiles.profileOf(id).orElseThrow(AuthenticationFailedException::unauthorized);
        UserAccess granted = access.of(id);
        return new CurrentUser(user.id(), user.username(), user.nickname(), user.email(), user.phone(),
                user.deptId(), user.mustChangePassword(), user.version(), granted.roles(), granted.permissions().values());
    }
}
