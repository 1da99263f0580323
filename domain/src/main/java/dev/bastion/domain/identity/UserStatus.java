package dev.bastion.domain.identity;

/** Whether a user may sign in. Deletion is not a status: a deleted user is gone from every query. */
public enum UserStatus {
    ENABLED,
    DISABLED
}
