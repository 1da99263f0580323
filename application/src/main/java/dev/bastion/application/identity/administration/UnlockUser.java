package dev.bastion.application.identity.administration;

import dev.bastion.domain.identity.UserId;

/** An administrator lifts a sign-in lock (and forgets the failures). Unknown user, or one outside the actor's
 * data scope: {@code NOT_FOUND}. */
public interface UnlockUser {

    void unlock(UserId actor, UserId user);
}
