package dev.bastion.application.identity.administration;

import dev.bastion.domain.identity.UserId;

/** One user; {@code NOT_FOUND} when there is none (or it is deleted, or outside the actor's data scope). */
public interface GetUser {

    UserView get(UserId actor, UserId id);
}
