package dev.bastion.application.access;

import dev.bastion.domain.access.UserAccess;
import dev.bastion.domain.identity.UserId;

/** What a user may do now: read on the requests that need a permission. */
public interface GetUserAccess {

    UserAccess of(UserId user);
}
