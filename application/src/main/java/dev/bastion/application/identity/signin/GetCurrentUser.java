package dev.bastion.application.identity.signin;

import dev.bastion.domain.identity.UserId;
import java.util.List;

/** The signed-in user as the front end needs it: profile, role codes and permissions as granted. */
public interface GetCurrentUser {

    CurrentUser get(UserId user);

    /** {@code email} and {@code phone} may be null; {@code version} is what a change of the profile names. */
    record CurrentUser(UserId id, String username, String nickname, String email, String phone, String deptId,
                       boolean mustChangePassword, long version, List<String> roles, List<String> permissions) {
    }
}
