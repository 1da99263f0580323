package dev.bastion.application.identity;

import dev.bastion.domain.identity.UserId;

/** Soft-deletes a user and ends its sessions; never the last enabled super administrator ({@code CONFLICT}). */
public interface DeleteUser {

    void delete(UserId id);
}
