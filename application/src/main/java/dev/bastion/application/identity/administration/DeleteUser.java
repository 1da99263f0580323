package dev.bastion.application.identity.administration;

import dev.bastion.domain.identity.UserId;

/**
 * Soft-deletes a user inside the actor's data scope ({@code NOT_FOUND} outside) and ends its
 * sessions; never the last enabled super administrator ({@code CONFLICT}).
 */
public interface DeleteUser {

    void delete(UserId actor, UserId id);
}
