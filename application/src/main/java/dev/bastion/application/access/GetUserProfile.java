package dev.bastion.application.access;

import dev.bastion.domain.identity.UserId;
import java.util.Optional;

/** A signed-in user's profile, cached like their access (see {@link AccessCache}). */
public interface GetUserProfile {

    /** Empty when the user is gone. */
    Optional<UserProfile> profileOf(UserId user);
}
