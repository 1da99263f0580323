package dev.bastion.application.identity;

import dev.bastion.application.access.GetUserAccess;
import dev.bastion.domain.access.UserAccess;
import dev.bastion.domain.shared.Email;
import dev.bastion.domain.identity.User;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.UserRepository;
import dev.bastion.domain.shared.AuthenticationFailedException;
import dev.bastion.domain.shared.PhoneNumber;

public final class GetCurrentUserService implements GetCurrentUser {

    private final UserRepository users;
    private final GetUserAccess access;

    /** {@code access} is the cached read the permission checks use, so /auth/me agrees with them. */
    public GetCurrentUserService(UserRepository users, GetUserAccess access) {
        this.users = users;
        this.access = access;
    }

    @Override
    public CurrentUser get(UserId id) {
        // The session check let the request in; a user deleted since then is signed out.
        User user = users.findById(id).orElseThrow(AuthenticationFailedException::unauthorized);
        UserAccess granted = access.of(id);
        return new CurrentUser(user.id(), user.username().value(), user.nickname().value(),
                user.email().map(Email::value).orElse(null), user.phone().map(PhoneNumber::value).orElse(null),
                user.deptId().toString(), user.mustChangePassword(), granted.roles(),
                granted.permissions().values());
    }
}
