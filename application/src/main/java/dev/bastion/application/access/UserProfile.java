package dev.bastion.application.access;

import dev.bastion.domain.identity.UserId;

/**
 * What {@code /auth/me} shows of a signed-in user besides their access, kept in {@link AccessCache}
 * next to it. {@code email} and {@code phone} may be null; {@code version} is the one a change of
 * the profile is made against.
 */
public record UserProfile(UserId id, String username, String nickname, String email, String phone, String deptId,
                          boolean mustChangePassword, long version) {
}
